package io.quire.article;

import java.time.Instant;
import java.util.List;

/**
 * What a full-text index needs of a published article: its words as readers see them (no markup) and what
 * search results are filtered and shown by.
 *
 * @param plainText the current revision's text without markup, code included
 * @param tagSlugs  the slugs of the article's tags, in the author's order
 * @param updatedAt when the article last changed; a copy older than this is stale
 */
public record SearchSource(long articleId, String slug, String title, String summary, String plainText,
        Long categoryId, ArticleKind kind, long authorId, List<String> tagSlugs, Instant publishedAt,
        Instant updatedAt) {
}
