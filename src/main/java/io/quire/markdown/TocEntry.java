package io.quire.markdown;

import java.util.Objects;

/**
 * One line of an article's table of contents.
 *
 * @param level the heading level as rendered, 2 or 3
 * @param id    the {@code id} of the heading in the rendered HTML, usable as a {@code #fragment}
 * @param text  the heading's text without markup
 */
public record TocEntry(int level, String id, String text) {

    public TocEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
