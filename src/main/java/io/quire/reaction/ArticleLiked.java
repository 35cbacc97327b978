package io.quire.reaction;

/** A member liked an article. */
public record ArticleLiked(long articleId, long memberId) {
}
