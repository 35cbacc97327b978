package io.quire.moderation;

/** What kind of review work an item is; each kind has an owner module that opens and applies it. */
public enum ItemKind {
    ARTICLE_SUBMISSION, IMPROVEMENT, SUGGESTION, REPORT, HELD_COMMENT
}
