package io.quire.report;

import io.quire.moderation.Outcome;

/** What a moderator may do about a report, and the queue outcome each one records. */
enum ReportDecision {
    DISMISS(Outcome.DISMISSED, false),
    HIDE(Outcome.CONTENT_HIDDEN, true),
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

    /** Hiding and deleting exist for comments only: the article module offers no such operation. */
    boolean appliesTo(TargetType type) {
        return !commentsOnly || type == TargetType.COMMENT;
    }
}
