package io.quire.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.quire.IntegrationTest;
import io.quire.TestMembers;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleRef;
import io.quire.article.ArticleRevisions;
import io.quire.article.CategoryView;
import io.quire.article.SearchSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Keeping the index level with the articles: events, the startup catch-up and the admin action. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchableArticles articles;

    @Autowired
    TestMembers members;

    @Autowired
    ArticleSearch search;

    @Autowired
    SearchIndexing indexing;

    @Autowired
    SearchIndex index;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    ArticleRevisions revisions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecentSearches recent;

    CategoryView category;

    @BeforeAll
    void createCategory() {
        category = articles.category("Indexing");
    }

    private ArticleRef publishIndexed(String word) {
        ArticleRef article = articles.article("About " + word, category).tags("indexing-test")
                .body("All about " + word + ".").publish();
        Eventually.until(word + " is indexed", () -> found(word).contains(article.id()));
        return article;
    }

    private List<Long> found(String word) {
        return search.search(SearchRequest.of(word)).hits().items().stream().map(SearchHit::articleId).toList();
    }

    private void dropDocument(long articleId) {
        jdbc.sql("delete from search_document where article_id = :id").param("id", articleId).update();
        behindTheAppsBack();
    }

    /** The index changed without the app knowing: results cached before are forgotten, as their TTL would. */
    private void behindTheAppsBack() {
        recent.indexChanged();
    }

    /** Makes the stored copy look older than the article, with a title the article no longer has. */
    private void makeStale(long articleId, String title) {
        jdbc.sql("update search_document set title = :title, updated_at = updated_at - interval 1 day where article_id = :id")
                .param("title", title).param("id", articleId).update();
        behindTheAppsBack();
    }

    @Test
    void indexesTheNewTextWhenAnArticleIsRevised() {
        String before = Words.unique("befo");
        String after = Words.unique("afte");
        ArticleRef article = publishIndexed(before);
        long editor = members.moderator().id();

        revisions.revise(article.id(), 1, "Now about " + after, "Revised.",
                "This revision talks about " + after + " only.\n\n" + SearchableArticles.FILLER, editor, null, "rewrite");

        Eventually.until("the revision is indexed", () -> found(after).contains(article.id()));
        assertThat(found(before)).doesNotContain(article.id());
    }

    @Test
    void anOlderCopyNeverReplacesANewerOne() {
        String word = Words.unique("orde");
        ArticleRef article = publishIndexed(word);
        SearchSource current = catalog.searchSource(article.id()).orElseThrow();
        SearchSource older = new SearchSource(current.articleId(), current.slug(), "An outdated title",
                current.summary(), "outdated", current.categoryId(), current.kind(), current.authorId(),
                List.of("outdated-tag"), current.publishedAt(), current.updatedAt().minus(1, ChronoUnit.HOURS));

        index.save(older);

        assertThat(found(word)).contains(article.id());
        assertThat(search.search(new SearchRequest(word, null, "indexing-test", null, 0)).hits().items())
                .extracting(SearchHit::articleId).contains(article.id());
        assertThat(search.search(new SearchRequest(word, null, "outdated-tag", null, 0)).hits().items()).isEmpty();
    }

    @Test
    void aNewerCopyReplacesTheStoredOneAndItsTags() {
        String word = Words.unique("newe");
        ArticleRef article = publishIndexed(word);
        SearchSource current = catalog.searchSource(article.id()).orElseThrow();
        Instant later = current.updatedAt().plus(1, ChronoUnit.MINUTES);

        index.save(new SearchSource(current.articleId(), current.slug(), current.title(), current.summary(),
                current.plainText(), current.categoryId(), current.kind(), current.authorId(),
                List.of("retagged-" + word), current.publishedAt(), later));

        assertThat(search.search(new SearchRequest(word, null, "retagged-" + word, null, 0)).hits().items())
                .extracting(SearchHit::articleId).containsExactly(article.id());
        assertThat(search.search(new SearchRequest(word, null, "indexing-test", null, 0)).hits().items()).isEmpty();
    }

    /** The missing and the stale article land in one batch: on MySQL 9.7 that once lost the missing one. */
    @Test
    void catchesUpAtStartupWithArticlesMissingOrStale() {
        String missingWord = Words.unique("miss");
        String staleWord = Words.unique("stal");
        ArticleRef missing = publishIndexed(missingWord);
        ArticleRef stale = publishIndexed(staleWord);
        dropDocument(missing.id());
        makeStale(stale.id(), "Outdated heading");

        indexing.catchUpOnStartup();

        assertThat(found(missingWord)).contains(missing.id());
        assertThat(search.search(SearchRequest.of(staleWord)).hits().items())
                .filteredOn(hit -> hit.articleId() == stale.id())
                .extracting(SearchHit::titleHtml).containsExactly("About <mark>" + staleWord + "</mark>");
    }

    @Test
    void dropsDocumentsOfArticlesThatAreNoLongerPublished() {
        String word = Words.unique("gone");
        ArticleRef article = publishIndexed(word);
        SearchSource source = catalog.searchSource(article.id()).orElseThrow();
        long noSuchArticle = Long.MAX_VALUE - System.nanoTime() % 1000;
        index.save(new SearchSource(noSuchArticle, "ghost-" + word, "Ghost " + word, "", word, null, source.kind(),
                source.authorId(), List.of(), source.publishedAt(), source.updatedAt()));
        assertThat(found(word)).contains(noSuchArticle);

        SearchIndexing.Reindexed done = indexing.catchUp();

        assertThat(done.removed()).isGreaterThanOrEqualTo(1);
        assertThat(found(word)).containsExactly(article.id());
    }

    @Test
    void anAdminReindexesFromTheAdminPage() throws Exception {
        String word = Words.unique("admi");
        ArticleRef article = publishIndexed(word);
        dropDocument(article.id());
        assertThat(found(word)).isEmpty();
        var admin = members.admin();

        mvc.perform(get("/admin/search").with(members.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("published articles")))
                .andExpect(content().string(containsString("action=\"/admin/search/reindex\"")));
        var result = mvc.perform(post("/admin/search/reindex").with(members.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/search#index-status")).andReturn();

        assertThat(result.getFlashMap().get("reindexed")).isInstanceOfSatisfying(SearchIndexing.Reindexed.class,
                done -> assertThat(done.indexed()).isGreaterThanOrEqualTo(1));

        assertThat(found(word)).containsExactly(article.id());
    }

    @Test
    void theAdminActionAnswersHtmxWithTheStatusFragment() throws Exception {
        String word = Words.unique("htmx");
        ArticleRef article = publishIndexed(word);
        dropDocument(article.id());

        mvc.perform(post("/admin/search/reindex").with(members.as(members.admin())).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<section id=\"index-status\"")))
                .andExpect(content().string(containsString("Indexed ")));
        assertThat(found(word)).containsExactly(article.id());
    }

    @Test
    void onlyAdminsReindex() throws Exception {
        mvc.perform(post("/admin/search/reindex").with(members.as(members.moderator())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/search/reindex").with(csrf())).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/search/reindex").with(members.as(members.admin())))
                .andExpect(status().isForbidden());
        long moderator = members.moderator().id();
        assertThatThrownBy(() -> indexing.reindex(moderator)).isInstanceOf(AccessDeniedException.class);
    }
}
