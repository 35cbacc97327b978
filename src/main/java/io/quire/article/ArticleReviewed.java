package io.quire.article;

/** A moderator decided a submitted article: published, sent back for changes, or rejected. */
public record ArticleReviewed(long articleId, long authorId, ArticleStatus newStatus, String note, long moderatorId) {
}
