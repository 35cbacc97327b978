package io.quire.recommendation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.quire.IntegrationTest;
import io.quire.TestMembers;
import io.quire.article.ArticleRef;
import io.quire.article.CategoryView;
import io.quire.article.ArticleFixtures;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SimilarReadsIntegrationTests {

    @Autowired
    ArticleFixtures articles;

    @Autowired
    TestMembers members;

    @Autowired
    RelatedArticles related;

    @Autowired
    RelatedUpdates updates;

    @Autowired
    SlotStats stats;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void publishedArticlesListEachOtherAsSimilarReadsButNotUnrelatedOnes() {
        CategoryView java = articles.category("Java");
        String pair = SampleTexts.uniqueWord();
        ArticleRef streams = articles.published().in(java).titled("Filter, map and collect with Java streams " + pair)
                .tagged("java, streams, " + pair).body(SampleTexts.STREAMS).publish();
        ArticleRef tomatoes = articles.published().in(articles.category("Garden")).titled("Growing tomatoes in pots")
                .tagged("gardening").body(SampleTexts.TOMATOES).publish();
        ArticleRef collectors = articles.published().in(java).titled("Grouping Java streams with collectors " + pair)
                .tagged("java, streams, collectors, " + pair).body(SampleTexts.COLLECTORS).publish();

        Poll.until("the first article to list the one published after it",
                () -> relatedIds(streams.id()).contains(collectors.id()));
        Poll.until("the second article to list the first", () -> relatedIds(collectors.id()).contains(streams.id()));

        assertThat(relatedIds(streams.id())).doesNotContain(tomatoes.id(), streams.id());
        List<RelatedView> shown = related.forArticle(streams.id());
        assertThat(shown).extracting(RelatedView::id).contains(collectors.id()).doesNotContain(tomatoes.id());
        assertThat(shown).extracting(RelatedView::slot).startsWith(1, 2).doesNotHaveDuplicates();
        RelatedView view = shown.stream().filter(r -> r.id() == collectors.id()).findFirst().orElseThrow();
        assertThat(view.title()).isEqualTo(collectors.title());
        assertThat(view.path()).isEqualTo(collectors.path());
        assertThat(view.trackedPath()).isEqualTo("/r/" + streams.id() + "/" + view.slot() + "/" + collectors.slug());
        assertThat(view.reason()).isEqualTo(RelatedReason.SHARED_TAGS);
        // A tag keeps the spelling it was first created with, and other test classes may have created "Java".
        assertThat(view.sharedTags().split(", ")).usingElementComparator(String.CASE_INSENSITIVE_ORDER)
                .containsExactlyInAnyOrder(pair, "java", "streams");
        assertThat(view.readingMinutes()).isPositive();
        assertThat(view.excerpt()).isNotBlank();
    }

    @Test
    void revisingAnArticleUpdatesTheSimilarReadsOfTheArticlesAroundIt() {
        CategoryView baking = articles.category("Baking");
        ArticleRef starter = articles.published().in(baking).titled("Keeping a sourdough starter alive")
                .tagged("sourdough").body(SampleTexts.SOURDOUGH_STARTER).publish();
        ArticleRef probes = articles.published().in(articles.category("Operations"))
                .titled("Kubernetes probes and rollouts").tagged("kubernetes").body(SampleTexts.KUBERNETES).publish();
        Poll.until("the text of both articles to be indexed", () -> indexed(starter.id()) && indexed(probes.id()));
        updates.articleChanged(starter.id());
        assertThat(relatedIds(starter.id())).doesNotContain(probes.id());

        articles.revise(probes, "Baking sourdough bread at home", SampleTexts.SOURDOUGH_BREAD);

        Poll.until("the starter article to list the revised article",
                () -> relatedIds(starter.id()).contains(probes.id()));
        assertThat(reasonOf(starter.id(), probes.id())).isEqualTo("SIMILAR_TOPIC");
    }

    @Test
    void handlingTheSameChangeTwiceGivesTheSameRowsAndFrequencies() {
        ArticleRef starter = articles.published().titled("Rye sourdough starters").tagged("sourdough, rye")
                .body(SampleTexts.SOURDOUGH_STARTER).publish();
        articles.published().titled("An open crumb in sourdough bread").tagged("sourdough, bread")
                .body(SampleTexts.SOURDOUGH_BREAD).publish();
        Poll.until("similar reads for the starter article", () -> !relatedIds(starter.id()).isEmpty());
        awaitQuiet();
        updates.articleChanged(starter.id());
        List<String> rowsBefore = rows(starter.id());
        Long frequenciesBefore = jdbc.queryForObject("select sum(df) from recommendation_term", Long.class);
        Integer documentsBefore = jdbc.queryForObject("select documents from recommendation_corpus", Integer.class);

        updates.articleChanged(starter.id());

        assertThat(rows(starter.id())).isEqualTo(rowsBefore);
        assertThat(jdbc.queryForObject("select sum(df) from recommendation_term", Long.class)).isEqualTo(frequenciesBefore);
        assertThat(jdbc.queryForObject("select documents from recommendation_corpus", Integer.class))
                .isEqualTo(documentsBefore);
    }

    @Test
    void theArticlePageShowsSimilarReadsThroughCountingLinksAndNamesTheirCanonicalUrls() throws Exception {
        CategoryView java = articles.category("Java");
        ArticleRef streams = articles.published().in(java).titled("Lazy Java stream pipelines")
                .tagged("java, streams").body(SampleTexts.STREAMS).publish();
        ArticleRef collectors = articles.published().in(java).titled("Partitioning Java streams")
                .tagged("java, streams, collectors").body(SampleTexts.COLLECTORS).publish();
        Poll.until("similar reads", () -> relatedIds(streams.id()).contains(collectors.id()));
        stats.flush();
        long impressionsBefore = count("impressions", 1);

        mvc.perform(get(streams.path()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Similar reads")))
                .andExpect(content().string(containsString("rel=\"nofollow\" href=\"/r/" + streams.id() + "/1/")))
                .andExpect(content().string(containsString("/" + collectors.slug() + "\">" + collectors.title())))
                .andExpect(content().string(containsString(
                        "<link itemprop=\"url\" href=\"/articles/" + collectors.slug() + "\"")))
                .andExpect(content().string(containsString("Shares: ")));

        stats.flush();
        assertThat(count("impressions", 1)).isEqualTo(impressionsBefore + 1);
    }

    @Test
    void anArticleWithoutGoodMatchesShowsNoSimilarReadsSection() throws Exception {
        ArticleRef loner = articles.published().in(articles.category("Miscellany"))
                .titled("Tuning a harpsichord by ear").tagged("harpsichord-tuning")
                .body(SampleTexts.HARPSICHORD).publish();
        awaitQuiet();

        mvc.perform(get(loner.path()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"similar-reads\""))));
    }

    @Test
    void followingASimilarReadCountsAClickForItsSlotAndRedirectsToTheArticle() throws Exception {
        CategoryView java = articles.category("Java");
        ArticleRef streams = articles.published().in(java).titled("Java streams from first principles")
                .tagged("java, streams").body(SampleTexts.STREAMS).publish();
        ArticleRef collectors = articles.published().in(java).titled("Counting with Java stream collectors")
                .tagged("java, streams, collectors").body(SampleTexts.COLLECTORS).publish();
        Poll.until("similar reads", () -> relatedIds(streams.id()).contains(collectors.id()));
        stats.flush();
        long clicksBefore = count("clicks", 2);

        mvc.perform(get("/r/{from}/2/{slug}", streams.id(), collectors.slug()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/articles/" + collectors.slug()))
                .andExpect(header().string("X-Robots-Tag", "noindex"));

        stats.flush();
        assertThat(count("clicks", 2)).isEqualTo(clicksBefore + 1);
    }

    @Test
    void aMadeUpLinkRedirectsWithoutCountingAndASlotOutsideTheListIsNotFound() throws Exception {
        ArticleRef lonely = articles.published().titled("Kubernetes probes for beginners").tagged("kubernetes")
                .body(SampleTexts.KUBERNETES).publish();
        ArticleRef other = articles.published().titled("Tomatoes on a balcony").tagged("gardening")
                .body(SampleTexts.TOMATOES).publish();
        stats.flush();
        long clicksBefore = count("clicks", 3);

        mvc.perform(get("/r/{from}/3/{slug}", lonely.id(), other.slug()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/articles/" + other.slug()));
        mvc.perform(get("/r/{from}/7/{slug}", lonely.id(), other.slug())).andExpect(status().isNotFound());
        mvc.perform(get("/r/{from}/1/{slug}", lonely.id(), "Not_A_Slug")).andExpect(status().isNotFound());

        stats.flush();
        assertThat(count("clicks", 3)).isEqualTo(clicksBefore);
    }

    @Test
    void robotsStayOutOfTheCountingLinks() throws Exception {
        mvc.perform(get("/robots.txt")).andExpect(content().string(containsString("Disallow: /r/")));
    }

    private List<Long> relatedIds(long articleId) {
        return jdbc.queryForList("select related_id from related_article where article_id = ? order by score desc",
                Long.class, articleId);
    }

    private List<String> rows(long articleId) {
        return jdbc.query("""
                select related_id, score, reason, shared_tags from related_article where article_id = ?
                order by related_id""", (rs, n) -> rs.getLong(1) + "/" + rs.getDouble(2) + "/" + rs.getString(3)
                + "/" + rs.getString(4), articleId);
    }

    private String reasonOf(long articleId, long relatedId) {
        return jdbc.queryForObject("select reason from related_article where article_id = ? and related_id = ?",
                String.class, articleId, relatedId);
    }

    private boolean indexed(long articleId) {
        return !jdbc.queryForList("select 1 from recommendation_text where article_id = ?", Integer.class, articleId)
                .isEmpty();
    }

    private long count(String column, int slot) {
        return jdbc.queryForList("select " + column + " from recommendation_stats where day = ? and slot = ?",
                Long.class, LocalDate.now(ZoneOffset.UTC), slot).stream().findFirst().orElse(0L);
    }

    /** Until every event listener has finished, so that nothing recomputes behind the test's back. */
    private void awaitQuiet() {
        Poll.until("event listeners to finish", () -> jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null"
                        + " and coalesce(STATUS, '') <> 'FAILED'", Integer.class) == 0);
    }
}
