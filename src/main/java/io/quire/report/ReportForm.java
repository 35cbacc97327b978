package io.quire.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the report form posts. */
record ReportForm(
        @NotNull(message = "{report.reason.required}") ReportReason reason,
        @Size(max = 2000, message = "{report.details.size}") String details) {

    static ReportForm empty() {
        return new ReportForm(null, "");
    }

    /** The details without surrounding blanks, {@code null} when none were given. */
    String detailsOrNull() {
        return details == null || details.isBlank() ? null : details.strip();
    }
}
