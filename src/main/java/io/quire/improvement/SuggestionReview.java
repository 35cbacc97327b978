package io.quire.improvement;

import java.util.List;

import io.quire.article.ArticleRef;
import io.quire.moderation.QueueItemView;

/**
 * The suggestion review page.
 *
 * @param suggestions every suggestion sharing the item, the first one first
 * @param paragraph the Markdown of the paragraph the first suggestion quotes, as it reads now; null if gone
 * @param canApply whether the first suggestion's replacement can be applied in one click: it still waits (is not
 *        outdated) and its quote occurs exactly once
 * @param quoteOccurrences how often the quote occurs in the current text
 */
public record SuggestionReview(ArticleRef article, QueueItemView item, List<SuggestionView> suggestions,
        String paragraph, int currentRevision, String currentMarkdown, boolean canApply, int quoteOccurrences) {

    public SuggestionView first() {
        return suggestions.get(0);
    }

    public boolean isOpen() {
        return item != null && item.isOpen();
    }
}
