package io.quire.improvement;

import java.time.Instant;

/** An improvement as its author and the moderators see it. */
public record ProposalView(long id, long articleId, String articleSlug, String articleTitle, long authorId,
        long pickId, int baseRevision, String title, String summary, String markdown, String changeSummary,
        ProposalStatus status, Long itemId, String reviewNote, Integer acceptedRevision, Instant updatedAt) {

    public ImprovementFormView form() {
        return new ImprovementFormView(title, summary, markdown, changeSummary);
    }

    /** The editor's fields, prefilled. */
    public record ImprovementFormView(String title, String summary, String markdown, String changeSummary) {
    }
}
