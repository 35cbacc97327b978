package io.quire.search;

import io.quire.article.ArticleKind;

/**
 * A search as the reader asked for it. Any field may be null. An unknown category filters nothing (there is
 * nothing to filter by); an unknown tag matches nothing, as no article carries it.
 *
 * @param query    the words as typed, of any length; only the first {@value SearchTerms#MAX_LENGTH} characters count
 * @param category a category's slug: the search covers it and its subcategories
 * @param tag      a tag's slug
 * @param page     zero-based; pages past the last (or past {@value ArticleSearch#MAX_PAGES}) show the last one
 */
public record SearchRequest(String query, String category, String tag, ArticleKind kind, int page) {

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, 0);
    }
}
