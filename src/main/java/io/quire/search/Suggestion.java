package io.quire.search;

/**
 * An article title offered while typing; {@code titleHtml} is escaped text with the typed prefixes in
 * {@code <mark>}.
 */
public record Suggestion(String slug, String titleHtml) {

    public String path() {
        return "/articles/" + slug;
    }
}
