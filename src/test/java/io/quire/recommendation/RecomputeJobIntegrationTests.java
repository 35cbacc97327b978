package io.quire.recommendation;

import java.util.List;

import io.quire.IntegrationTest;
import io.quire.article.CategoryView;
import io.quire.article.ArticleFixtures;
import io.quire.recommendation.RecomputeJobs.Phase;
import io.quire.recommendation.Scoring.Scored;
import io.quire.recommendation.Scoring.Weights;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RecomputeJobIntegrationTests {

    @Autowired
    ArticleFixtures articles;

    @Autowired
    RecomputeJobs jobs;

    @Autowired
    RecomputeWorker worker;

    @Autowired
    RelatedComputer computer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aJobAbandonedMidWayIsResumedOnStartupAndRecomputesEveryArticleExactlyOnce() {
        CategoryView kitchen = articles.category("Kitchen");
        articles.published().in(kitchen).titled("Starter care").tagged("sourdough").body(SampleTexts.SOURDOUGH_STARTER)
                .publish();
        articles.published().in(kitchen).titled("Crust and crumb").tagged("sourdough, bread")
                .body(SampleTexts.SOURDOUGH_BREAD).publish();
        articles.published().titled("Java stream basics").tagged("java").body(SampleTexts.STREAMS).publish();
        articles.published().titled("Grouping collectors").tagged("java").body(SampleTexts.COLLECTORS).publish();
        awaitQuiet();
        List<Long> published = jdbc.queryForList("select id from article where status = 'PUBLISHED' order by id",
                Long.class);

        long job = jobs.start(null);
        while (jobs.find(job).orElseThrow().phase() != Phase.RELATED) {
            jobs.processChunk(job, 3);
        }
        jobs.processChunk(job, 2);
        long cursor = jdbc.queryForObject("select next_article_id from recommendation_job where id = ?", Long.class, job);
        List<Long> notReached = published.stream().filter(id -> id > cursor).toList();
        assertThat(notReached).as("articles after the cursor").hasSizeGreaterThan(1);
        // The crash: the next chunk had recomputed its first article when the process died, before the cursor moved;
        // the articles after it were never reached.
        computer.recompute(notReached.get(0));
        notReached.subList(1, notReached.size())
                .forEach(id -> jdbc.update("delete from related_article where article_id = ?", id));

        worker.resumeOrBackfill();
        Poll.until("the resumed job to finish", () -> !jobs.find(job).orElseThrow().running());

        RecomputeJobView finished = jobs.find(job).orElseThrow();
        assertThat(finished.done()).as("articles processed over the three passes")
                .isEqualTo(finished.total()).isEqualTo(Phase.values().length * published.size());
        for (long article : published) {
            assertThat(storedIds(article)).as("similar reads of article %d", article)
                    .containsExactlyElementsOf(computer.compute(article, Weights.BLEND).stream().map(Scored::id).toList());
        }
        assertThat(storedIds(notReached.get(notReached.size() - 1))).isNotEmpty();
        assertThat(jobs.running()).isEmpty();
    }

    @Test
    void startingWhileAJobRunsJoinsIt() {
        awaitQuiet();
        long job = jobs.start(null);

        assertThat(jobs.start(null)).isEqualTo(job);

        worker.runToCompletion(job);
        assertThat(jobs.find(job).orElseThrow().running()).isFalse();
        assertThat(jobs.needsBackfill()).isFalse();
    }

    private List<Long> storedIds(long articleId) {
        return jdbc.queryForList("""
                select related_id from related_article where article_id = ? order by score desc, related_id""",
                Long.class, articleId);
    }

    /** Until no event listener or batch job is working, so that nothing recomputes behind the test's back. */
    private void awaitQuiet() {
        Poll.until("listeners and jobs to finish", () -> jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null"
                        + " and coalesce(STATUS, '') <> 'FAILED'", Integer.class) == 0
                && jobs.running().isEmpty());
    }
}
