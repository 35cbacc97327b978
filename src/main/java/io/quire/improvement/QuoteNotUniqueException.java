package io.quire.improvement;

/** A one-click replacement needs the quote exactly once in the current text. */
class QuoteNotUniqueException extends RuntimeException {

    QuoteNotUniqueException(int occurrences) {
        super("The quote occurs " + occurrences + " times in the current text");
    }
}
