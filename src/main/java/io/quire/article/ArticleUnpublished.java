package io.quire.article;

import java.time.Instant;

/**
 * A moderator hid a published article: it is gone from every public place until a moderator restores it
 * ({@link ArticleRestored}). Its revisions are kept.
 *
 * @param reason the moderator's reason, which the author is shown
 * @param hiddenAt when it was hidden; with the article id it names this hiding among later ones
 */
public record ArticleUnpublished(long articleId, long authorId, String reason, long moderatorId, Instant hiddenAt) {
}
