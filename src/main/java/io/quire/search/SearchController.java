package io.quire.search;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleKind;
import io.quire.article.Categories;
import io.quire.article.CategoryView;
import io.quire.article.TagView;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search}: the results page, whose results region htmx swaps when a filter changes, and
 * {@code /search/suggest}: the header's titles-as-you-type. Every parameter is taken as text and read
 * leniently, so no input, however odd, ends in an error page.
 */
@Controller
class SearchController {

    static final String RESULTS = "search/results";
    static final int POPULAR_TAG_OPTIONS = 30;
    static final int MAX_SLUG = 80;
    static final int RETRY_AFTER_SECONDS = 5;

    private final ArticleSearch search;
    private final Categories categories;
    private final ArticleCatalog catalog;

    SearchController(ArticleSearch search, Categories categories, ArticleCatalog catalog) {
        this.search = search;
        this.categories = categories;
        this.catalog = catalog;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) String tag, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String page, HtmxRequest htmx, HttpServletResponse response,
            Model model) {
        SearchResults results = search.search(new SearchRequest(q, slug(category), slug(tag),
                kind == null ? null : ArticleKind.fromSlug(kind.strip()).orElse(null), pageNumber(page)));
        model.addAttribute("results", results);
        model.addAttribute("searchQuery", results.query());
        model.addAttribute("pageBase", baseUrl(results));
        model.addAttribute("categoryOptions", categoryOptions());
        model.addAttribute("tagOptions", tagOptions(results.tag()));
        model.addAttribute("kinds", ArticleKind.values());
        model.addAttribute("maxQueryLength", SearchTerms.MAX_LENGTH);
        model.addAttribute("resultLimit", ArticleSearch.MAX_PAGES * ArticleSearch.PAGE_SIZE);
        // One URL answers with a page or a fragment: caches must keep the two apart.
        response.addHeader("Vary", "HX-Request");
        boolean fragment = htmx.isHtmxRequest() && !htmx.isBoosted() && !htmx.isHistoryRestoreRequest();
        return fragment ? RESULTS + " :: search-results" : RESULTS;
    }

    @GetMapping("/search/suggest")
    String suggest(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("suggestions", search.suggest(q));
        model.addAttribute("query", SearchTerms.parse(q, SearchTerms.TokenSizes.INNODB_DEFAULTS).text());
        return "search/suggestions :: suggestion-list";
    }

    /** Digits only, and not so many that they overflow; anything else is the first page. */
    static int pageNumber(String page) {
        if (page == null || !page.strip().matches("\\d{1,9}")) {
            return 0;
        }
        return Integer.parseInt(page.strip());
    }

    /** The results' URL without the page number, for the pagination links; form-encoded so "c++" stays "c++". */
    static String baseUrl(SearchResults results) {
        StringBuilder url = new StringBuilder("/search?q=").append(encode(results.query()));
        if (results.category() != null) {
            url.append("&category=").append(encode(results.category().slug()));
        }
        if (results.tag() != null) {
            url.append("&tag=").append(encode(results.tag()));
        }
        if (results.kind() != null) {
            url.append("&kind=").append(encode(results.kind().slug()));
        }
        return url.toString();
    }

    /** Every category in tree order, labelled with its path ("Programming Languages › Java"). */
    private List<FilterOption> categoryOptions() {
        List<FilterOption> options = new ArrayList<>();
        addCategories(categories.topLevel(), "", options);
        return options;
    }

    private void addCategories(List<CategoryView> level, String parentLabel, List<FilterOption> options) {
        for (CategoryView category : level) {
            String label = parentLabel.isEmpty() ? category.name() : parentLabel + " › " + category.name();
            options.add(new FilterOption(category.slug(), label));
            if (options.size() < 1000) {
                addCategories(categories.childrenOf(category.id()), label, options);
            }
        }
    }

    /** The most used tags, and the one filtered by when it is not among them. */
    private List<FilterOption> tagOptions(String selected) {
        List<FilterOption> options = new ArrayList<>();
        List<TagView> popular = catalog.popularTags(POPULAR_TAG_OPTIONS);
        popular.forEach(t -> options.add(new FilterOption(t.slug(), t.name())));
        if (selected != null && popular.stream().noneMatch(t -> t.slug().equals(selected))) {
            options.add(0, catalog.findTag(selected).map(t -> new FilterOption(t.slug(), t.name()))
                    .orElse(new FilterOption(selected, selected)));
        }
        return options;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A slug parameter, trimmed and cut to the longest slug there is (80 characters), or null when blank. */
    private static String slug(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String slug = value.strip();
        return slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG) : slug;
    }

    /** A choice in a filter's select: the parameter value and what the reader sees. */
    record FilterOption(String value, String label) {
    }

    /**
     * A new search waited too long for its turn ({@link SearchPermits}): the error page says to try again, and
     * Retry-After says when, for clients that read it.
     */
    @ExceptionHandler(SearchBusyException.class)
    void busy(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
