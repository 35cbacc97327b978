package io.quire.article;

/** A tag's slug (for its URL) and display name. */
public record TagRef(String slug, String name) {
}
