package io.quire.article;

/** A published article got a new slug; the old one now answers with a permanent redirect. */
public record ArticleRenamed(long articleId, String oldSlug, String newSlug) {
}
