package io.quire.improvement;

/** A reader suggested a change; {@code itemId} is the moderation item it opened or joined. */
public record SuggestionSubmitted(long suggestionId, long articleId, long suggesterId, long itemId) {
}
