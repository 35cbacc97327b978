package io.quire.reaction;

/** A member took back their like of an article. */
public record ArticleUnliked(long articleId, long memberId) {
}
