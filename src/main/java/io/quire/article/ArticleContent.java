package io.quire.article;

/** The words of an article as its author typed them. */
record ArticleContent(String title, String summary, String markdown, Experience experience) {
}
