package io.quire.article;

/**
 * DRAFT → SUBMITTED → PUBLISHED, or back to DRAFT (sent back with a note), or REJECTED. A published
 * article changes only through new revisions.
 */
public enum ArticleStatus {
    DRAFT, SUBMITTED, PUBLISHED, REJECTED
}
