package io.quire.article;

import java.time.Instant;
import java.util.List;

/**
 * A submitted article as the reviewing moderator sees it, rendered for reading.
 *
 * @param itemVersion the moderation item's version, sent back with the decision so that only one wins
 */
public record ReviewView(ArticleRef article, ArticleKind kind, String summary, String html, List<TagRef> tags,
        Experience experience, Instant submittedAt, String previousNote, Long itemVersion) {
}
