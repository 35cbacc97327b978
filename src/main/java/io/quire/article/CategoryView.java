package io.quire.article;

/** A category as pages show it. */
public record CategoryView(long id, String slug, String name, String description, Long parentId, int position) {
}
