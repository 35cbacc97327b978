package io.quire.report;

import java.time.Instant;

/** One report as the moderator reads it. */
public record ReportLine(String reporterName, ReportReason reason, String details, Instant createdAt) {
}
