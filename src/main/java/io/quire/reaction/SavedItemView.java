package io.quire.reaction;

import java.time.Instant;

import io.quire.article.ArticleSummary;

/**
 * A saved article in a reading list.
 *
 * @param article the article, or {@code null} when it is no longer published
 */
public record SavedItemView(long id, long articleId, ArticleSummary article, long listId, String listName,
        String note, Instant savedAt) {
}
