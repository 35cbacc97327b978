package io.quire.article;

/**
 * DRAFT → SUBMITTED → PUBLISHED, or back to DRAFT (sent back with a note), or REJECTED. A published
 * article changes only through new revisions. A moderator may hide a published article (HIDDEN): it leaves
 * every public place but keeps its revisions, and a moderator may restore it to PUBLISHED.
 */
public enum ArticleStatus {
    DRAFT, SUBMITTED, PUBLISHED, REJECTED, HIDDEN
}
