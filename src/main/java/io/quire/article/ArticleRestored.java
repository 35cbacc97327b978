package io.quire.article;

import java.time.Instant;

/**
 * A moderator restored a hidden article: it is published again, as it was. Not an {@link ArticlePublished},
 * which means a first publication (the author is told "your article is published" once, and listeners
 * announcing new articles must not announce it again).
 *
 * @param restoredAt when it was restored; with the article id it names this restoring among later ones
 */
public record ArticleRestored(long articleId, long authorId, long moderatorId, Instant restoredAt) {
}
