package io.quire.reaction;

/** A member removed an article from their reading lists. */
public record ArticleUnsaved(long articleId, long memberId) {
}
