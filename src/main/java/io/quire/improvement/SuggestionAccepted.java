package io.quire.improvement;

import java.util.List;

/** Suggestions became revision {@code revision}; {@code suggesterIds} are everyone who sent one about it. */
public record SuggestionAccepted(long articleId, int revision, long creditedId, List<Long> suggesterIds) {

    public SuggestionAccepted {
        suggesterIds = List.copyOf(suggesterIds);
    }
}
