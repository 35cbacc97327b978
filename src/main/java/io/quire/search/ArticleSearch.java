package io.quire.search;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.quire.account.MemberDirectory;
import io.quire.account.MemberSummary;
import io.quire.article.ArticleCatalog;
import io.quire.article.Categories;
import io.quire.article.CategoryView;
import io.quire.article.TagView;
import io.quire.search.SearchIndex.Document;
import io.quire.search.RecentSearches.Key;
import io.quire.search.RecentSearches.Page;
import io.quire.search.SearchIndex.Filter;
import io.quire.search.SearchIndex.Found;
import io.quire.search.SearchIndex.Query;
import io.quire.search.SearchIndex.Ranking;
import io.quire.search.SearchResults.Outcome;
import io.quire.search.SearchTerms.TokenSizes;
import io.quire.shared.PageView;

import org.springframework.stereotype.Service;

/**
 * Full-text search over published articles: relevance-ranked with title matches weighing three times as
 * much, filtered by category (with its subcategories), tag and kind, with highlighted titles and snippets;
 * and title suggestions while typing. Whatever a reader types, it answers: operators, quotes and symbols are
 * not words and are dropped, long input is cut to {@value SearchTerms#MAX_LENGTH} characters.
 */
@Service
public class ArticleSearch {

    static final int PAGE_SIZE = 10;
    /** Deeper pages cost more (OFFSET) and nobody reads them; refining the search is the better way on. */
    static final int MAX_PAGES = 50;
    /** Every result the pages can show: an unfiltered search ranks no more matches than these. */
    static final int CANDIDATES = MAX_PAGES * PAGE_SIZE;
    static final int SUGGESTIONS = 6;
    static final int POPULAR_TAGS = 12;

    private final SearchIndex index;
    private final Categories categories;
    private final ArticleCatalog catalog;
    private final MemberDirectory members;
    private final RecentSearches recent;
    private final CommonWords commonWords;
    private final SearchPermits permits;

    ArticleSearch(SearchIndex index, Categories categories, ArticleCatalog catalog, MemberDirectory members,
            RecentSearches recent, CommonWords commonWords, SearchPermits permits) {
        this.index = index;
        this.recent = recent;
        this.permits = permits;
        this.commonWords = commonWords;
        this.categories = categories;
        this.catalog = catalog;
        this.members = members;
    }

    public SearchResults search(SearchRequest request) {
        SearchTerms terms = SearchTerms.parse(request.query(), index.tokenSizes());
        Optional<CategoryView> category = Optional.ofNullable(request.category()).flatMap(categories::findBySlug);
        String tag = request.tag() == null || request.tag().isBlank() ? null : request.tag().strip();
        Filter filter = new Filter(category.map(c -> categories.withDescendants(c.id())).orElse(List.of()), tag,
                request.kind());
        if (!terms.isSearchable()) {
            Outcome outcome = terms.tokens().isEmpty() ? Outcome.NOTHING_TYPED : Outcome.ONLY_IGNORED_WORDS;
            return new SearchResults(terms.text(), terms.truncated(), outcome, new PageView<>(List.of(), 0, 0, 0),
                    false, List.of(), category.orElse(null), tag, request.kind(), catalog.popularTags(POPULAR_TAGS));
        }
        String words = terms.naturalLanguage();
        List<String> titleOnly = terms.words().stream().filter(commonWords::isCommon).toList();
        Query query = new Query(String.join(" ", terms.words().stream().filter(w -> !titleOnly.contains(w)).toList()),
                words);
        Page found = recent.get(new Key(query, terms.words(), filter, request.page()),
                () -> permits.run(() -> find(query, terms.words(), filter, request.page())));
        List<TagView> popular = found.total() == 0 ? catalog.popularTags(POPULAR_TAGS) : List.of();
        return new SearchResults(terms.text(), terms.truncated(), Outcome.SEARCHED,
                new PageView<>(found.hits(), found.page(), found.pages(), found.total()), found.moreThanTotal(),
                titleOnly, category.orElse(null), tag, request.kind(), popular);
    }

    /**
     * Without a filter, the page comes from the {@value #CANDIDATES} best matches, which is every result a reader
     * can page to, so the cost does not grow with how many articles match; the total is exact up to there.
     * With a filter, the requested page in one query; only a page past the last (an old link, a hand-made URL)
     * costs a count and a second query for the last page.
     */
    private Page find(Query query, List<String> highlighted, Filter filter, int requestedPage) {
        if (filter.equals(Filter.NONE)) {
            return findBest(query, highlighted, requestedPage);
        }
        int page = Math.max(0, Math.min(requestedPage, MAX_PAGES - 1));
        Found found = index.search(query, filter, PAGE_SIZE, (long) page * PAGE_SIZE);
        long total = found.total();
        if (found.documents().isEmpty() && page > 0) {
            total = index.count(query, filter);
            page = Math.max(0, pages(total) - 1);
            found = total == 0 ? found : index.search(query, filter, PAGE_SIZE, (long) page * PAGE_SIZE);
        }
        return new Page(toHits(found.documents(), highlighted), page, pages(total), total, false);
    }

    private Page findBest(Query query, List<String> highlighted, int requestedPage) {
        Ranking ranking = index.best(query, CANDIDATES);
        List<Long> ids = ranking.ids();
        long total = ranking.complete() ? ids.size() : CANDIDATES;
        int page = Math.max(0, Math.min(requestedPage, pages(total) - 1));
        List<Long> shown = ids.subList(Math.min(ids.size(), page * PAGE_SIZE),
                Math.min(ids.size(), (page + 1) * PAGE_SIZE));
        return new Page(toHits(index.documents(shown), highlighted), page, pages(total), total, !ranking.complete());
    }

    private static int pages(long total) {
        return (int) Math.min(MAX_PAGES, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /**
     * Up to {@value #SUGGESTIONS} titles in which each typed word starts a word, best first.
     *
     * @return nothing for input without a word of {@value SearchTerms#MIN_PREFIX} letters
     */
    public List<Suggestion> suggest(String typed) {
        TokenSizes sizes = index.tokenSizes();
        SearchTerms terms = SearchTerms.parse(typed, sizes);
        String query = terms.prefixQuery(sizes);
        if (query.isEmpty()) {
            return List.of();
        }
        List<String> prefixes = terms.prefixes(sizes);
        return index.titlesMatching(query, SUGGESTIONS).stream()
                .map(title -> new Suggestion(title.slug(), Highlighter.highlight(title.title(), prefixes, true)))
                .toList();
    }

    private List<SearchHit> toHits(List<Document> documents, List<String> words) {
        Set<Long> authorIds = new HashSet<>();
        documents.forEach(d -> authorIds.add(d.authorId()));
        Map<Long, MemberSummary> authors = authorIds.isEmpty() ? Map.of() : members.findAll(authorIds);
        return documents.stream().map(d -> new SearchHit(d.articleId(), d.slug(),
                Highlighter.highlight(d.title(), words, false), snippet(d, words), d.kind(),
                categories.find(d.categoryId()).orElse(null), authors.get(d.authorId()), d.publishedAt(),
                d.tagSlugs())).toList();
    }

    /** Around the first match in the body; else the summary, which may hold the match; else the opening. */
    private static String snippet(Document document, List<String> words) {
        String snippet = Highlighter.snippet(document.body(), words);
        if (snippet != null) {
            return snippet;
        }
        if (document.summary() != null && !document.summary().isBlank()) {
            return Highlighter.highlight(document.summary(), words, false);
        }
        return Highlighter.opening(document.body());
    }
}
