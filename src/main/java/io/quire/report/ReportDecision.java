package io.quire.report;

import io.quire.moderation.Outcome;

/** What a moderator may do about a report, and the queue outcome each one records. */
enum ReportDecision {
    DISMISS(Outcome.DISMISSED, false),
    HIDE(Outcome.CONTENT_HIDDEN, false),
    DELETE(Outcome.CONTENT_DELETED, true),
    WARN(Outcome.AUTHOR_WARNED, false),
    SUSPEND(Outcome.AUTHOR_SUSPENDED, false);

    private final Outcome outcome;
    private final boolean commentsOnly;

    ReportDecision(Outcome outcome, boolean commentsOnly) {
        this.outcome = outcome;
        this.commentsOnly = commentsOnly;
    }

    Outcome outcome() {
        return outcome;
    }

    /**
     * Comments and articles can be hidden; only comments deleted. Articles are never deleted in Quire (their
     * revisions are kept, and a moderator may restore a hidden one), so "delete" is not offered for them rather
     * than quietly meaning "hide".
     */
    boolean appliesTo(TargetType type) {
        return !commentsOnly || type == TargetType.COMMENT;
    }
}
