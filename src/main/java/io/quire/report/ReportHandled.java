package io.quire.report;

import java.util.List;

import io.quire.moderation.Outcome;

/**
 * A moderator decided the reports on an article or comment. Every reporter hears of it.
 *
 * @param itemId the moderation item that grouped the reports
 * @param targetType {@code article} or {@code comment}
 * @param title the article's title (for a comment, the title of its article)
 * @param link where the reported item is, or its article once it is gone
 * @param reason the moderator's reason
 * @param reporterIds everyone whose report was handled
 */
public record ReportHandled(long itemId, String targetType, long targetId, String title, String link,
        Outcome outcome, String reason, long moderatorId, List<Long> reporterIds) {

    public ReportHandled {
        reporterIds = List.copyOf(reporterIds);
    }

    /** Whether the moderator acted on the reports, rather than finding nothing wrong. */
    public boolean upheld() {
        return outcome != Outcome.DISMISSED;
    }
}
