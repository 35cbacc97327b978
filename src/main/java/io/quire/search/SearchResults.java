package io.quire.search;

import java.util.List;

import io.quire.article.ArticleKind;
import io.quire.article.CategoryView;
import io.quire.article.TagView;
import io.quire.shared.PageView;

/**
 * What a search found, and what it searched for.
 *
 * @param query       the text searched for, trimmed and cut to length: show it back with {@code th:text}
 * @param truncated   whether the reader's text was longer than the search uses
 * @param outcome     whether a search ran at all
 * @param hits        the page of results; {@code totalItems} counts every match, {@code totalPages} stops at
 *                    {@value ArticleSearch#MAX_PAGES}
 * @param moreThanTotal whether more articles match than {@code totalItems}, which then counts the best only
 * @param titleOnly   the words searched for in titles only, being in too many articles to rank them by
 * @param category    the category filter, when it named a known category
 * @param tag         the tag filter's slug, or null
 * @param kind        the kind filter, or null
 * @param popularTags topics to try when nothing was typed or nothing found; empty otherwise
 */
public record SearchResults(String query, boolean truncated, Outcome outcome, PageView<SearchHit> hits,
        boolean moreThanTotal, List<String> titleOnly, CategoryView category, String tag, ArticleKind kind, List<TagView> popularTags) {

    public boolean isFiltered() {
        return category != null || tag != null || kind != null;
    }

    public boolean hasNoMatches() {
        return outcome == Outcome.SEARCHED && hits.totalItems() == 0;
    }

    /** Whether the search ran. */
    public enum Outcome {
        /** Nothing (or nothing but punctuation and symbols) was typed. */
        NOTHING_TYPED,
        /** Only words the index ignores were typed: stop-words such as "the", or words too short to index. */
        ONLY_IGNORED_WORDS,
        SEARCHED
    }
}
