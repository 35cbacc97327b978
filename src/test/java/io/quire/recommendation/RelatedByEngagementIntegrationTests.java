package io.quire.recommendation;

import java.util.List;

import io.quire.IntegrationTest;
import io.quire.TestMembers;
import io.quire.article.ArticleFixtures;
import io.quire.article.ArticleRef;
import io.quire.article.CategoryView;
import io.quire.reaction.LikeService;
import io.quire.reaction.ReadingLists;
import io.quire.recommendation.Scoring.Scored;
import io.quire.recommendation.Scoring.Weights;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The co-engagement signal end to end: likes and saves through the reaction module, marks, the periodic round. */
@IntegrationTest
class RelatedByEngagementIntegrationTests {

    @Autowired
    ArticleFixtures articles;

    @Autowired
    TestMembers members;

    @Autowired
    LikeService likes;

    @Autowired
    ReadingLists saves;

    @Autowired
    RelatedComputer computer;

    @Autowired
    EngagementChanges engagementChanges;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void articlesLikedOrSavedByTheSameMembersRankAboveEquallySimilarOnesOnceTheRoundHasRun() {
        CategoryView java = articles.category("Java engagement");
        String trio = SampleTexts.uniqueWord();
        ArticleRef streams = articles.published().in(java).titled("Java streams, lazily " + trio)
                .tagged("java, streams, " + trio).body(SampleTexts.STREAMS).publish();
        ArticleRef first = articles.published().in(java).titled("Java stream collectors, first take " + trio)
                .tagged("java, streams, collectors, " + trio).body(SampleTexts.COLLECTORS).publish();
        ArticleRef second = articles.published().in(java).titled("Java stream collectors, second take " + trio)
                .tagged("java, streams, collectors, " + trio).body(SampleTexts.COLLECTORS).publish();
        Poll.until("similar reads of the streams article",
                () -> relatedIds(streams.id()).containsAll(List.of(first.id(), second.id())));
        awaitQuiet();
        double secondBefore = score(streams.id(), second.id());
        for (int i = 0; i < 4; i++) {
            long reader = members.member().id();
            likes.likeArticle(streams.slug(), reader, true);
            if (i % 2 == 0) {
                likes.likeArticle(second.slug(), reader, true);
            }
            else {
                saves.save(second.slug(), reader, null, null);
            }
            likes.likeArticle(first.slug(), members.member().id(), true);
        }
        assertThat(List.of(marked(streams.id()), marked(second.id()), marked(first.id())))
                .as("marked when the like or save returns: in its own transaction").containsOnly(true);
        assertThat(jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where EVENT_TYPE like ?",
                Integer.class, "io.quire.reaction.Article%")).as("no publication to retry").isZero();
        awaitQuiet();
        assertThat(score(streams.id(), second.id())).as("a like alone recomputes nothing").isEqualTo(secondBefore);

        engagementChanges.refresh(EngagementChanges.PER_ROUND);

        assertThat(marked(streams.id())).isFalse();
        List<Long> related = relatedIds(streams.id());
        assertThat(related).contains(first.id(), second.id());
        assertThat(related.indexOf(second.id())).as("the co-engaged article ranks first")
                .isLessThan(related.indexOf(first.id()));
        assertThat(score(streams.id(), second.id())).isGreaterThan(secondBefore);
        assertThat(relatedIds(second.id()).indexOf(streams.id())).as("and the other way round, recomputed with it")
                .isNotNegative();
    }

    @Test
    void anArticleNobodyLikedYetIsScoredAsIfCoEngagementDidNotExist() {
        CategoryView python = articles.category("Python engagement");
        ArticleRef cold = articles.published().in(python).titled("Keeping a sourdough starter in a Python loop")
                .tagged("sourdough").body(SampleTexts.SOURDOUGH_STARTER).publish();
        ArticleRef warm = articles.published().in(python).titled("Sourdough bread, a Python reader's notes")
                .tagged("sourdough, bread").body(SampleTexts.SOURDOUGH_BREAD).publish();
        for (int i = 0; i < 5; i++) {
            likes.likeArticle(warm.slug(), members.member().id(), true);
        }
        Poll.until("similar reads of the article nobody liked", () -> relatedIds(cold.id()).contains(warm.id()));
        awaitQuiet();

        List<Scored> blend = computer.compute(cold.id(), Weights.BLEND);
        List<Scored> withoutEngagement = computer.compute(cold.id(), Weights.BLEND.withoutEngagement());

        assertThat(blend).extracting(Scored::id).contains(warm.id());
        assertThat(blend).extracting(Scored::id, Scored::score)
                .isEqualTo(withoutEngagement.stream().map(s -> tuple(s.id(), s.score()))
                        .toList());
    }

    private List<Long> relatedIds(long articleId) {
        return jdbc.queryForList("""
                select related_id from related_article where article_id = ? order by score desc, related_id""",
                Long.class, articleId);
    }

    private double score(long articleId, long relatedId) {
        return jdbc.queryForObject("select score from related_article where article_id = ? and related_id = ?",
                Double.class, articleId, relatedId);
    }

    private boolean marked(long articleId) {
        return !jdbc.queryForList("select 1 from recommendation_engagement_change where article_id = ?", Integer.class,
                articleId).isEmpty();
    }

    private void awaitQuiet() {
        Poll.until("event listeners to finish", () -> jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null"
                        + " and coalesce(STATUS, '') <> 'FAILED'", Integer.class) == 0);
    }
}
