package io.quire.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.quire.IntegrationTest;
import io.quire.SqlStatementCounter;
import io.quire.account.MemberDirectory;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleKind;
import io.quire.article.ArticleRef;
import io.quire.article.Categories;
import io.quire.article.CategoryView;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Searches over articles published through the real authoring and review services and indexed by the event
 * listener. The index only sees committed rows, so nothing here runs in a test transaction.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchableArticles articles;

    @Autowired
    ArticleSearch search;

    @Autowired
    SearchIndex index;

    @Autowired
    Categories categories;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    MemberDirectory members;

    @Autowired
    RecentSearches recentSearches;

    @Autowired
    SearchPermits permits;

    /** The word these tests search for; unique to this run. */
    final String word = Words.unique("quor");
    final String tagName = Words.unique("tag");
    final String pagingWord = Words.unique("pagi");
    final String rankWord = Words.unique("rank");

    CategoryView languages;
    CategoryView kotlin;
    CategoryView other;
    ArticleRef inTitle;
    ArticleRef inBody;
    ArticleRef withScript;
    /** The n-th mentions {@link #rankWord} n + 1 times, so each ranks above the one before. */
    final List<ArticleRef> ranked = new ArrayList<>();

    @BeforeAll
    void publishAndIndex() {
        languages = articles.category("Languages");
        kotlin = articles.category("Kotlin", languages);
        other = articles.category("Other things");
        inTitle = articles.article("Coroutines and " + word + " in depth", kotlin).tags(tagName + ", coroutines")
                .body("Structured concurrency with scopes and jobs.").publish();
        inBody = articles.article("A week of interviews", other).kind(ArticleKind.INTERVIEW)
                .body("The second round asked about " + word + " and nothing else.").publish();
        withScript = articles.article("Escaping output safely", other)
                .body("Never print `<script>alert('owned')</script>` next to " + word + " unescaped.").publish();
        List<ArticleRef> paged = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            paged.add(articles.article("Paging sample number " + i, other).body("Mentions " + pagingWord + ".")
                    .publish());
        }
        for (int times = 1; times <= 6; times++) {
            ranked.add(articles.article("Ranked sample " + times, other)
                    .body((rankWord + " ").repeat(times) + "and some other words.").publish());
        }
        Eventually.until("the articles are indexed",
                () -> total(word) == 3 && total(pagingWord) == 12 && total(rankWord) == 6);
    }

    private long total(String query) {
        return search.search(SearchRequest.of(query)).hits().totalItems();
    }

    private List<Long> ids(SearchRequest request) {
        return search.search(request).hits().items().stream().map(SearchHit::articleId).toList();
    }

    @Test
    void findsArticlesByWordsInTheirTitleOrBody() throws Exception {
        mvc.perform(get("/search").param("q", word))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/articles/" + inTitle.slug() + "\"")))
                .andExpect(content().string(containsString("href=\"/articles/" + inBody.slug() + "\"")))
                .andExpect(content().string(containsString("3 articles match “" + word + "”")));
    }

    /**
     * An unfiltered search ranks only the best candidates of each FULLTEXT list: those lists must really be the
     * best, on MariaDB and MySQL alike, and say when they were cut.
     */
    @Test
    void theBestCandidatesComeFirstAndACutListSaysSo() {
        List<Long> bestFirst = new ArrayList<>(ranked.stream().map(ArticleRef::id).toList());
        Collections.reverse(bestFirst);

        SearchIndex.Ranking cut = index.best(new SearchIndex.Query(rankWord, rankWord), 3);
        SearchIndex.Ranking whole = index.best(new SearchIndex.Query(rankWord, rankWord), 6);

        assertThat(cut.ids()).startsWith(bestFirst.subList(0, 3).toArray(Long[]::new));
        assertThat(cut.complete()).isFalse();
        assertThat(whole.ids()).isEqualTo(bestFirst);
        assertThat(whole.complete()).isTrue();
    }

    /**
     * Each word's list is read on its own and the lists summed: that must rank as the database ranks the words
     * asked together, since its relevance for several words is the sum of each word's.
     */
    @Test
    void severalWordsRankAsTheDatabaseRanksThemAskedTogether() {
        String words = word + " " + rankWord + " " + pagingWord;
        SearchIndex.Query query = new SearchIndex.Query(words, words);

        SearchIndex.Ranking summed = index.best(query, 100);
        List<Long> together = index.search(query, SearchIndex.Filter.NONE, 100, 0).documents().stream()
                .map(SearchIndex.Document::articleId).toList();

        assertThat(summed.complete()).isTrue();
        assertThat(summed.ids()).hasSize(21).isEqualTo(together);
    }

    /** A new search made of words searched a moment ago reads no FULLTEXT index, until the index changes. */
    @Test
    void aNewSearchOfWordsSearchedBeforeReadsNoFullTextIndex() throws Exception {
        index.best(new SearchIndex.Query(word, word), 50);
        index.best(new SearchIndex.Query(rankWord, rankWord), 50);
        String both = rankWord.toUpperCase() + " " + word;

        List<String> statements = SqlStatementCounter.record(() -> index.best(new SearchIndex.Query(both, both), 50));

        assertThat(statements).noneMatch(sql -> sql.contains("match("));
        recentSearches.indexChanged();
        assertThat(SqlStatementCounter.record(() -> index.best(new SearchIndex.Query(both, both), 50)))
                .filteredOn(sql -> sql.contains("match(")).hasSize(4);
    }

    /** A word in most articles is looked for in titles only, and the page says so. */
    @Test
    void aCommonWordIsSearchedInTitlesOnly() {
        CommonWords everyWordIsCommon = new CommonWords(index, 1, 10_000);
        everyWordIsCommon.refresh();
        ArticleSearch titlesOnly = new ArticleSearch(index, categories, catalog, members, recentSearches,
                everyWordIsCommon, permits);

        SearchResults results = titlesOnly.search(SearchRequest.of(word));

        assertThat(results.titleOnly()).containsExactly(word);
        assertThat(results.hits().items()).extracting(SearchHit::articleId).containsExactly(inTitle.id());
        assertThat(ids(SearchRequest.of(word))).as("the application's own, with no common word").hasSize(3);
    }

    @Test
    void ranksTitleMatchesFirst() {
        assertThat(ids(SearchRequest.of(word))).hasSize(3).first().isEqualTo(inTitle.id());
    }

    @Test
    void filtersByCategoryIncludingItsSubcategories() {
        assertThat(ids(new SearchRequest(word, languages.slug(), null, null, 0))).containsExactly(inTitle.id());
        assertThat(ids(new SearchRequest(word, kotlin.slug(), null, null, 0))).containsExactly(inTitle.id());
        assertThat(ids(new SearchRequest(word, other.slug(), null, null, 0)))
                .containsExactlyInAnyOrder(inBody.id(), withScript.id());
    }

    @Test
    void filtersByTagAndByKind() {
        assertThat(ids(new SearchRequest(word, null, tagName, null, 0))).containsExactly(inTitle.id());
        assertThat(ids(new SearchRequest(word, null, null, ArticleKind.INTERVIEW, 0))).containsExactly(inBody.id());
        assertThat(ids(new SearchRequest(word, other.slug(), null, ArticleKind.TUTORIAL, 0)))
                .containsExactly(withScript.id());
    }

    @Test
    void anUnknownTagMatchesNothingAndAnUnknownCategoryFiltersNothing() {
        assertThat(ids(new SearchRequest(word, null, "no-such-tag", null, 0))).isEmpty();
        assertThat(ids(new SearchRequest(word, "no-such-category", null, null, 0))).hasSize(3);
    }

    @Test
    void filtersArriveAsQueryParameters() throws Exception {
        mvc.perform(get("/search").param("q", word).param("category", languages.slug()).param("kind", "tutorial"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 article matches")))
                .andExpect(content().string(containsString("href=\"/articles/" + inTitle.slug() + "\"")))
                .andExpect(content().string(not(containsString("href=\"/articles/" + inBody.slug() + "\""))))
                .andExpect(content().string(containsString("<option value=\"tutorial\" selected=\"selected\">")));
    }

    @Test
    void highlightsTheWordInTitlesAndSnippets() throws Exception {
        mvc.perform(get("/search").param("q", word))
                .andExpect(content().string(containsString("Coroutines and <mark>" + word + "</mark> in depth")))
                .andExpect(content().string(containsString("asked about <mark>" + word + "</mark> and nothing")));
    }

    @Test
    void showsScriptTagsInContentAsEscapedText() throws Exception {
        String page = mvc.perform(get("/search").param("q", word).param("category", other.slug()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Never print &lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; next to <mark>"
                + word + "</mark>");
        assertThat(page).doesNotContain("<script>alert");
    }

    @Test
    void pagesThroughResultsWithRealLinks() throws Exception {
        String first = page(get("/search").param("q", pagingWord));
        assertThat(first).contains("12 articles match", "Page 1 of 2",
                "rel=\"next\" href=\"/search?q=" + pagingWord + "&amp;page=1\"").doesNotContain("rel=\"prev\"");
        assertThat(first.split("<p class=\"snippet\">", -1)).hasSize(11);

        String second = page(get("/search").param("q", pagingWord).param("page", "1"));
        assertThat(second).contains("Page 2 of 2", "rel=\"prev\" href=\"/search?q=" + pagingWord + "&amp;page=0\"")
                .doesNotContain("rel=\"next\"");
        assertThat(second.split("<p class=\"snippet\">", -1)).hasSize(3);
    }

    @Test
    void aPagePastTheLastShowsTheLastPage() throws Exception {
        String beyond = page(get("/search").param("q", pagingWord).param("page", "7"));
        assertThat(beyond).contains("12 articles match", "Page 2 of 2").doesNotContain("rel=\"next\"");
        assertThat(beyond.split("<p class=\"snippet\">", -1)).hasSize(3);
    }

    @Test
    void keepsFiltersInPaginationLinks() throws Exception {
        assertThat(page(get("/search").param("q", pagingWord).param("category", other.slug()).param("kind", "tutorial")))
                .contains("href=\"/search?q=" + pagingWord + "&amp;category=" + other.slug()
                        + "&amp;kind=tutorial&amp;page=1\"");
    }

    /** The page's HTML with each run of whitespace made one space. */
    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
                .replaceAll("\\s+", " ");
    }

    @Test
    void aPageBeyondTheLastShowsTheLast() {
        SearchResults results = search.search(new SearchRequest(pagingWord, null, null, null, 4000));

        assertThat(results.hits().number()).isEqualTo(1);
        assertThat(results.hits().items()).hasSize(2);
    }

    @Test
    void answersHtmxWithTheResultsRegionOnly() throws Exception {
        mvc.perform(get("/search").param("q", word).param("kind", "interview").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("search/results :: search-results"))
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
                .andExpect(content().string(startsWith("<section id=\"search-results\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("1 article matches")));
    }

    @Test
    void answersHtmxHistoryRestoreAndBoostedRequestsWithTheWholePage() throws Exception {
        mvc.perform(get("/search").param("q", word).header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true"))
                .andExpect(view().name("search/results"));
        mvc.perform(get("/search").param("q", word).header("HX-Request", "true").header("HX-Boosted", "true"))
                .andExpect(view().name("search/results"));
    }

    @Test
    void putsTheQueryBackIntoTheHeaderSearchBox() throws Exception {
        mvc.perform(get("/search").param("q", "  " + word + "  "))
                .andExpect(content().string(containsString("id=\"site-search-q\" type=\"search\" name=\"q\" value=\"" + word + "\"")));
    }

    @Test
    void asksForWordsWhenNothingIsTypedAndOffersPopularTopics() throws Exception {
        mvc.perform(get("/search"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Type a word or two")))
                .andExpect(content().string(containsString("Popular topics")))
                .andExpect(content().string(containsString("href=\"/tags/" + tagName + "\"")));
    }

    @Test
    void explainsWhenOnlyIgnoredWordsWereTyped() throws Exception {
        mvc.perform(get("/search").param("q", "the of to is"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has only very common or very short words")));
    }

    @Test
    void suggestsOtherSearchesWhenNothingMatches() throws Exception {
        mvc.perform(get("/search").param("q", word).param("tag", "no-such-tag"))
                .andExpect(content().string(containsString("No articles match")))
                .andExpect(content().string(containsString("Try other words")))
                .andExpect(content().string(containsString("href=\"/search?q=" + word + "\"")))
                .andExpect(content().string(containsString("Popular topics")));
    }

    @Test
    void saysSoWhenALongSearchWasCut() throws Exception {
        mvc.perform(get("/search").param("q", word + " " + "filler ".repeat(1500)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("only its first 200 characters were used")))
                .andExpect(content().string(containsString("href=\"/articles/" + inTitle.slug() + "\"")));
    }

    @Test
    void suggestsTitlesWhoseWordsStartWithWhatIsTyped() throws Exception {
        String prefix = word.substring(0, 7);
        mvc.perform(get("/search/suggest").param("q", "corout " + prefix).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("search/suggestions :: suggestion-list"))
                .andExpect(content().string(startsWith("<ul id=\"suggestion-list\"")))
                .andExpect(content().string(containsString("<a href=\"/articles/" + inTitle.slug() + "\">"
                        + "<mark>Corout</mark>ines and <mark>" + prefix + "</mark>")))
                .andExpect(content().string(not(containsString(inBody.slug()))))
                .andExpect(content().string(containsString("href=\"/search?q=corout%20" + prefix + "\"")));
    }

    @Test
    void suggestsNothingForEmptyOrOneLetterInput() throws Exception {
        for (String typed : new String[] {"", " ", "q", "+", "\"*"}) {
            mvc.perform(get("/search/suggest").param("q", typed).header("HX-Request", "true"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(""));
        }
        mvc.perform(get("/search/suggest")).andExpect(status().isOk()).andExpect(content().string(""));
    }

    @Test
    void theHeaderFormWorksWithoutJavaScript() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("action=\"/search\" method=\"get\"")))
                .andExpect(content().string(containsString("hx-get=\"/search/suggest\"")));
    }
}
