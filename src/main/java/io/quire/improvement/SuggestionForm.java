package io.quire.improvement;

import io.quire.markdown.WordCounter;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * "Suggest changes": what to change and why, optionally anchored to a passage quoted from the article and a
 * replacement for it.
 */
record SuggestionForm(
        @NotNull(message = "{improvement.suggestion.reason.required}") SuggestionReason reason,
        @Size(max = 20000, message = "{improvement.suggestion.body.too-long}") String body,
        @Size(max = 2000, message = "{improvement.suggestion.quote.size}") String quote,
        @Size(max = 4000, message = "{improvement.suggestion.replacement.size}") String replacement) {

    static final int MIN_WORDS = 4;
    static final int MAX_WORDS = 1000;

    static SuggestionForm quoting(String quote) {
        return new SuggestionForm(null, "", quote, "");
    }

    /** Counts the words the way the live counter does, and puts the limit next to the field. */
    void checkWords(Errors errors) {
        if (errors.hasFieldErrors("body")) {
            return;
        }
        int words = WordCounter.count(body);
        if (words < MIN_WORDS) {
            errors.rejectValue("body", "improvement.suggestion.words.too-few", new Object[] {MIN_WORDS, words}, null);
        }
        else if (words > MAX_WORDS) {
            errors.rejectValue("body", "improvement.suggestion.words.too-many", new Object[] {MAX_WORDS, words}, null);
        }
    }

    String quoteOrNull() {
        return quote == null || quote.isBlank() ? null : quote.strip();
    }

    String replacementOrNull() {
        return replacement == null || replacement.isBlank() || quoteOrNull() == null ? null : replacement.strip();
    }
}
