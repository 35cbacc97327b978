package io.quire.article;

import java.time.Instant;
import java.util.List;

/** An article in a listing: title, excerpt, reading time, counters, tags. */
public record ArticleSummary(long id, String slug, String title, String excerpt, ArticleKind kind, long authorId,
        CategoryView category, int readingMinutes, Instant publishedAt, Instant updatedAt, int likeCount,
        int commentCount, List<TagRef> tags, Experience experience) {

    public String path() {
        return "/articles/" + slug;
    }
}
