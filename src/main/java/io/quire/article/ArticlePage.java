package io.quire.article;

import java.time.Instant;
import java.util.List;

import io.quire.markdown.TocEntry;

/**
 * Everything the reading page shows about the article itself, loaded in two statements (the article row,
 * and its neighbours in the category) plus cached categories.
 *
 * @param breadcrumb the category path from the top level down to the article's category
 */
public record ArticlePage(long id, String slug, String title, String summary, String excerpt, ArticleKind kind,
        long authorId, List<CategoryView> breadcrumb, String html, List<TocEntry> toc, int readingMinutes,
        Instant publishedAt, Instant updatedAt, int revision, List<TagRef> tags, Experience experience,
        int likeCount, int commentCount, int saveCount, ArticleLink previous, ArticleLink next) {

    public String path() {
        return "/articles/" + slug;
    }

    public CategoryView category() {
        return breadcrumb.isEmpty() ? null : breadcrumb.get(breadcrumb.size() - 1);
    }
}
