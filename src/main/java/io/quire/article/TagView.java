package io.quire.article;

/** A tag with how many published articles carry it. */
public record TagView(String slug, String name, int articleCount) {
}
