package io.quire.recommendation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batch recompute of every published article, kept as a durable cursor in {@code recommendation_job} so
 * that it survives a crash. Three passes over the published articles in id order, a chunk at a time:
 * {@link Phase#INDEX} the text (this counts every document frequency), {@link Phase#TERMS} (choose each
 * article's distinctive terms again, now that the frequencies are complete), {@link Phase#RELATED}.
 * <p>
 * A chunk holds the job row's lock while it works and moves the cursor in the same transaction, so instances
 * that work on the same job take turns, and a crash mid-chunk rolls the cursor back: the chunk is redone on
 * resume. Each article's work commits on its own and is idempotent, so redoing it is harmless.
 */
@Component
class RecomputeJobs {

    private static final Logger log = LoggerFactory.getLogger(RecomputeJobs.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final TextIndex text;
    private final RelatedComputer related;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int chunkSize;

    RecomputeJobs(NamedParameterJdbcTemplate jdbc, TextIndex text, RelatedComputer related,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${quire.recommendation.batch-chunk-size:100}") int chunkSize) {
        this.jdbc = jdbc;
        this.text = text;
        this.related = related;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    /**
     * Starts a job over every published article, or returns the one already running (on any instance).
     *
     * @param requestedBy the admin who asked, or {@code null} for the command line and the startup backfill
     * @return the id of the running job
     */
    long start(Long requestedBy) {
        Optional<Long> running = running();
        if (running.isPresent()) {
            return running.get();
        }
        try {
            Integer published = jdbc.queryForObject("select count(*) from article where status = 'PUBLISHED'",
                    new MapSqlParameterSource(), Integer.class);
            LocalDateTime now = Utc.of(clock.instant());
            jdbc.update("""
                    insert into recommendation_job (status, phase, next_article_id, total, done, running, requested_by,
                      started_at, updated_at) values ('RUNNING', :phase, 0, :total, 0, 1, :by, :now, :now)""",
                    new MapSqlParameterSource("phase", Phase.INDEX.name())
                            .addValue("total", Phase.values().length * (published == null ? 0 : published))
                            .addValue("by", requestedBy).addValue("now", now));
        }
        catch (DuplicateKeyException anotherInstanceWasFaster) {
            log.debug("A recompute job was started concurrently; joining it");
        }
        long id = running().orElseThrow(() -> new IllegalStateException("No running recompute job after starting one"));
        log.info("Similar reads: recompute job {} running", id);
        return id;
    }

    Optional<Long> running() {
        return jdbc.queryForList("select id from recommendation_job where running = 1", new MapSqlParameterSource(),
                Long.class).stream().findFirst();
    }

    /** Whether related articles were never computed here although there are articles: demo data, an upgrade. */
    boolean needsBackfill() {
        Boolean needed = jdbc.queryForObject("""
                select not exists (select 1 from recommendation_job)
                   and not exists (select 1 from related_article)
                   and exists (select 1 from article where status = 'PUBLISHED')""",
                new MapSqlParameterSource(), Boolean.class);
        return Boolean.TRUE.equals(needed);
    }

    Optional<RecomputeJobView> latest() {
        return jdbc.query("select * from recommendation_job order by id desc limit 1", new MapSqlParameterSource(),
                (rs, n) -> view(rs)).stream().findFirst();
    }

    Optional<RecomputeJobView> find(long jobId) {
        return jdbc.query("select * from recommendation_job where id = :id", new MapSqlParameterSource("id", jobId),
                (rs, n) -> view(rs)).stream().findFirst();
    }

    /**
     * Works through the next chunk of the job: the next articles of the current pass, or the move to the next
     * pass, or the end of the job.
     *
     * @return whether there is more to do
     */
    boolean processChunk(long jobId) {
        return processChunk(jobId, chunkSize);
    }

    /** {@link #processChunk(long)} with at most {@code limit} articles. */
    boolean processChunk(long jobId, int limit) {
        Phase[] finished = {null};
        Boolean more = transaction.execute(status -> {
            MapSqlParameterSource id = new MapSqlParameterSource("id", jobId);
            List<Cursor> locked = jdbc.query("""
                    select phase, next_article_id from recommendation_job where id = :id and status = 'RUNNING'
                    for update""", id, (rs, n) -> new Cursor(Phase.valueOf(rs.getString(1)), rs.getLong(2)));
            if (locked.isEmpty()) {
                return false;
            }
            Cursor cursor = locked.get(0);
            List<Long> articles = jdbc.queryForList("""
                    select id from article where status = 'PUBLISHED' and id > :after order by id limit :limit""",
                    new MapSqlParameterSource("after", cursor.nextArticleId()).addValue("limit", limit), Long.class);
            LocalDateTime now = Utc.of(clock.instant());
            if (articles.isEmpty()) {
                finished[0] = cursor.phase();
                return nextPhase(jobId, cursor.phase(), now);
            }
            for (long article : articles) {
                apply(cursor.phase(), article);
            }
            jdbc.update("""
                    update recommendation_job set next_article_id = :cursor, done = done + :count, updated_at = :now
                    where id = :id""", id.addValue("cursor", articles.get(articles.size() - 1))
                    .addValue("count", articles.size()).addValue("now", now));
            return true;
        });
        if (finished[0] == Phase.TERMS) {
            // Every article's terms were rewritten: the FULLTEXT index now holds as many deleted entries as
            // articles, which each "more like this" query of the RELATED pass would wade through. Outside the
            // job's transaction, because the rebuild is DDL and would commit it.
            text.compact();
        }
        return Boolean.TRUE.equals(more);
    }

    private void apply(Phase phase, long articleId) {
        switch (phase) {
            case INDEX, TERMS -> Retries.onConflict(() -> text.refresh(articleId));
            case RELATED -> Retries.onConflict(() -> related.recompute(articleId));
        }
    }

    private boolean nextPhase(long jobId, Phase finished, LocalDateTime now) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", jobId).addValue("now", now);
        if (finished.ordinal() + 1 < Phase.values().length) {
            Phase next = Phase.values()[finished.ordinal() + 1];
            jdbc.update("""
                    update recommendation_job set phase = :phase, next_article_id = 0, updated_at = :now where id = :id""",
                    params.addValue("phase", next.name()));
            log.info("Similar reads: recompute job {} finished {}, starting {}", jobId, finished, next);
            return true;
        }
        jdbc.update("""
                update recommendation_job set status = 'DONE', running = null, total = greatest(done, total),
                  done = greatest(done, total),
                  updated_at = :now, finished_at = :now where id = :id""", params);
        log.info("Similar reads: recompute job {} done", jobId);
        return false;
    }

    private static RecomputeJobView view(ResultSet rs) throws SQLException {
        return new RecomputeJobView(rs.getLong("id"), "RUNNING".equals(rs.getString("status")),
                Phase.valueOf(rs.getString("phase")), rs.getInt("done"), rs.getInt("total"),
                Utc.instant(rs, "started_at"), Utc.instant(rs, "updated_at"), Utc.instant(rs, "finished_at"));
    }

    /** The passes of a job, in order. */
    enum Phase {
        INDEX, TERMS, RELATED
    }

    private record Cursor(Phase phase, long nextArticleId) {
    }
}
