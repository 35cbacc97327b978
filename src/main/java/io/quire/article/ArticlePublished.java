package io.quire.article;

/** An article was published for the first time. */
public record ArticlePublished(long articleId, long authorId) {
}
