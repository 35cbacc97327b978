package io.quire.article;

import java.time.Instant;

/** A draft as its author edits it. */
public record DraftView(long id, String slug, ArticleKind kind, ArticleStatus status, String reviewNote,
        Instant updatedAt, ArticleForm form) {
}
