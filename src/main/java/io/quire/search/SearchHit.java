package io.quire.search;

import java.time.Instant;
import java.util.List;

import io.quire.account.MemberSummary;
import io.quire.article.ArticleKind;
import io.quire.article.CategoryView;

/**
 * One search result. {@code titleHtml} and {@code snippetHtml} are escaped text whose only markup is
 * {@code <mark>} around the searched words: safe for {@code th:utext}.
 *
 * @param category the article's category, or null
 * @param author   the author's name and profile link, or null when the member is gone
 */
public record SearchHit(long articleId, String slug, String titleHtml, String snippetHtml, ArticleKind kind,
        CategoryView category, MemberSummary author, Instant publishedAt, List<String> tagSlugs) {

    public String path() {
        return "/articles/" + slug;
    }
}
