package io.quire.markdown;

import java.util.Locale;

/**
 * Thrown when Markdown is longer than the renderer accepts. The message is fit to show to the author.
 */
public class MarkdownTooLargeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int limit;

    private final int length;

    MarkdownTooLargeException(String what, int limit, int length) {
        super(String.format(Locale.ENGLISH, "%s can be at most %,d characters; this one has %,d.", what, limit, length));
        this.limit = limit;
        this.length = length;
    }

    /** The most characters allowed. */
    public int getLimit() {
        return limit;
    }

    /** The number of characters that were offered. */
    public int getLength() {
        return length;
    }
}
