package io.quire.article;

/** An author sent an article for review. */
public record ArticleSubmitted(long articleId, long authorId) {
}
