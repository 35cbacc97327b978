package io.quire.markdown;

import java.util.List;
import java.util.Objects;

/**
 * An article rendered from Markdown, ready to store.
 *
 * @param html           sanitized HTML for {@code th:utext}, inside a container marked {@code hx-disable}
 * @param toc            the h2 and h3 headings in document order
 * @param readingMinutes estimated reading time, at least 1
 * @param excerpt        roughly the first 160 characters of the prose, cut at a word, for cards and meta tags
 * @param plainText      all text content including code, without markup, for full-text indexing
 */
public record RenderedMarkdown(String html, List<TocEntry> toc, int readingMinutes, String excerpt, String plainText) {

    public RenderedMarkdown {
        Objects.requireNonNull(html, "html");
        toc = List.copyOf(toc);
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(plainText, "plainText");
    }
}
