package io.quire.comment;

import io.quire.article.ArticleRef;

/** A top-level comment with all its replies, and the article it is about: the page at {@code /comments/{id}}. */
public record CommentThread(ArticleRef article, CommentView comment) {
}
