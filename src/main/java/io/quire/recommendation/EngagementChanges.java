package io.quire.recommendation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.quire.reaction.ArticleLiked;
import io.quire.reaction.ArticleSaved;
import io.quire.reaction.ArticleUnliked;
import io.quire.reaction.ArticleUnsaved;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the co-engagement signal current without a recompute per like. A like, unlike, save or unsave only
 * marks the article in {@code recommendation_engagement_change}: one upsert in the transaction that made the
 * change, so the mark commits or rolls back with it and nothing is left to retry (ADR 0014). Every
 * {@code quire.recommendation.engagement-interval} (default five minutes) one instance recomputes the marked
 * articles — once each, however many likes they got meanwhile — and the articles they
 * then list (co-engagement is symmetric, so those are the likeliest to list them in turn), each affected article
 * once per round. A mark is removed only if it did not change while the round ran.
 */
@Component
class EngagementChanges {

    /** Marked articles handled per round; the rest wait for the next. */
    static final int PER_ROUND = 200;

    private static final Logger log = LoggerFactory.getLogger(EngagementChanges.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final RelatedComputer related;
    private final Clock clock;

    EngagementChanges(NamedParameterJdbcTemplate jdbc, RelatedComputer related, Clock clock) {
        this.jdbc = jdbc;
        this.related = related;
        this.clock = clock;
    }

    @EventListener
    void on(ArticleLiked event) {
        mark(event.articleId());
    }

    @EventListener
    void on(ArticleUnliked event) {
        mark(event.articleId());
    }

    @EventListener
    void on(ArticleSaved event) {
        mark(event.articleId());
    }

    @EventListener
    void on(ArticleUnsaved event) {
        mark(event.articleId());
    }

    void mark(long articleId) {
        jdbc.update("""
                insert into recommendation_engagement_change (article_id, changed_at) values (:id, :now)
                on duplicate key update changed_at = :now""",
                new MapSqlParameterSource("id", articleId).addValue("now", Utc.of(clock.instant())));
    }

    @Scheduled(fixedDelayString = "${quire.recommendation.engagement-interval:PT5M}",
            initialDelayString = "${quire.recommendation.engagement-interval:PT5M}")
    @SchedulerLock(name = "recommendation-engagement")
    void scheduled() {
        refresh(PER_ROUND);
    }

    /**
     * Recomputes up to {@code limit} articles whose engagement changed, oldest change first, and the articles
     * they now list.
     *
     * @return how many articles were recomputed
     */
    int refresh(int limit) {
        List<Mark> marks = jdbc.query("""
                select article_id, changed_at from recommendation_engagement_change
                order by changed_at, article_id limit :limit""", new MapSqlParameterSource("limit", limit),
                (rs, n) -> new Mark(rs.getLong(1), rs.getObject(2, LocalDateTime.class)));
        Set<Long> done = new LinkedHashSet<>();
        Set<Long> neighbours = new LinkedHashSet<>();
        for (Mark mark : marks) {
            if (done.add(mark.articleId())) {
                neighbours.addAll(Retries.onConflict(() -> related.recompute(mark.articleId())));
            }
        }
        for (long neighbour : neighbours) {
            if (done.add(neighbour)) {
                Retries.onConflict(() -> related.recompute(neighbour));
            }
        }
        for (Mark mark : marks) {
            jdbc.update("delete from recommendation_engagement_change where article_id = :id and changed_at = :at",
                    new MapSqlParameterSource("id", mark.articleId()).addValue("at", mark.changedAt()));
        }
        if (!marks.isEmpty()) {
            log.debug("Recomputed similar reads of {} articles whose likes or saves changed, {} in all",
                    marks.size(), done.size());
        }
        return done.size();
    }

    private record Mark(long articleId, LocalDateTime changedAt) {
    }
}
