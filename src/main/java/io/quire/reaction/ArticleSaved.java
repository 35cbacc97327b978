package io.quire.reaction;

/** A member saved an article into one of their reading lists (moving it between lists is no new save). */
public record ArticleSaved(long articleId, long memberId) {
}
