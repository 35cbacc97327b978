package io.quire.improvement;

import java.time.Instant;

/** A suggestion as its author and the moderators see it. */
public record SuggestionView(long id, long articleId, String articleSlug, String articleTitle, long authorId, String authorName, int baseRevision,
        SuggestionReason reason, String body, String quote, String replacement, ProposalStatus status, Long itemId,
        String reviewNote, Instant createdAt) {

    public String articlePath() {
        return "/articles/" + articleSlug;
    }
}
