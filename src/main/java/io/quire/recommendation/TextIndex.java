package io.quire.recommendation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code recommendation_text} — what the FULLTEXT "more like this" query matches — and the document
 * frequencies behind its tf-idf term choice. Every refresh commits in a transaction of its own: InnoDB's
 * FULLTEXT index only sees committed rows, so the related-articles computation must run after it.
 * <p>
 * A refresh diffs the article's new vocabulary against the stored one and moves the frequencies by exactly
 * that difference, in term order (so concurrent refreshes lock rows in the same order). Running it twice
 * changes nothing the second time, which makes redelivered events and resumed batches harmless.
 */
@Component
class TextIndex {

    private static final Logger log = LoggerFactory.getLogger(TextIndex.class);

    static final int VOCABULARY_SIZE = 300;
    static final int TERMS = 40;
    /**
     * Postings a "more like this" query may read, summed over its words' document frequencies. At 100k articles
     * InnoDB reads about 4 µs a posting; this keeps the query near 30 ms (bench/recompute.sh).
     */
    static final int QUERY_POSTINGS = 8_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final Timer timer;

    TextIndex(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.timer = Timer.builder("quire.recommendation.index")
                .description("Indexing one article's text for similar reads")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
    }

    /** Indexes a published article's text, or removes an article that is not published (any more). */
    void refresh(long articleId) {
        timer.record(() -> newTransaction.executeWithoutResult(status -> {
            MapSqlParameterSource id = new MapSqlParameterSource("id", articleId);
            Optional<ArticleText> article = jdbc.query("""
                    select title, summary, plain_text from article where id = :id and status = 'PUBLISHED'""", id,
                    (rs, n) -> new ArticleText(rs.getString(1), rs.getString(2), rs.getString(3))).stream().findFirst();
            Optional<String> stored = jdbc.queryForList(
                    "select vocabulary from recommendation_text where article_id = :id for update", id, String.class)
                    .stream().findFirst();
            Map<String, Integer> counts = article.map(a -> Terms.weightedCounts(a.title(), a.summary(), a.body()))
                    .orElse(Map.of());
            List<String> vocabulary = Terms.vocabulary(counts, VOCABULARY_SIZE);
            moveFrequencies(stored.map(Terms::split).orElse(List.of()), vocabulary);
            moveDocumentCount(stored.isPresent(), article.isPresent());
            if (article.isEmpty()) {
                jdbc.update("delete from recommendation_text where article_id = :id", id);
                return;
            }
            List<String> terms = Terms.distinctive(counts, frequencies(vocabulary), documents(), TERMS);
            jdbc.update("""
                    insert into recommendation_text (article_id, title, terms, vocabulary, indexed_at)
                    values (:id, :title, :terms, :vocabulary, :now)
                    on duplicate key update title = :title, terms = :terms, vocabulary = :vocabulary, indexed_at = :now""",
                    id.addValue("title", truncate(Terms.titleTerms(article.get().title()), 400))
                            .addValue("terms", String.join(" ", terms))
                            .addValue("vocabulary", String.join(" ", vocabulary))
                            .addValue("now", Utc.of(clock.instant())));
        }));
    }

    /**
     * The "more like this" query of an article: its title words and distinctive terms, as stored, less the
     * commonest of them beyond {@value #QUERY_POSTINGS} postings (see {@link Terms#withinPostings}).
     */
    Optional<String> queryFor(long articleId) {
        List<String> words = jdbc.query("select title, terms from recommendation_text where article_id = :id",
                new MapSqlParameterSource("id", articleId), (rs, n) -> Terms.query(rs.getString(1), rs.getString(2)))
                .stream().findFirst().map(Terms::split).orElse(List.of());
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<String> kept = Terms.withinPostings(words, frequencies(words), QUERY_POSTINGS);
        return kept.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", kept));
    }

    /**
     * Rebuilds {@code recommendation_text} with its FULLTEXT index. InnoDB keeps a deleted entry for every changed
     * row until the table is rebuilt, and every FULLTEXT query reads them all: after a batch rewrote 100k rows a
     * "more like this" query took 34 ms instead of 12. The rebuild takes seconds at 100k rows; writes to the table
     * wait meanwhile, reads do not.
     */
    void compact() {
        long started = System.nanoTime();
        try {
            jdbc.getJdbcTemplate().execute((ConnectionCallback<Void>) connection -> {
                try (Statement statement = connection.createStatement()) {
                    // A transaction still holding the table would make the rebuild wait, and every query on the
                    // table wait behind it: give up after a few seconds instead (the default is a year).
                    statement.execute("set session lock_wait_timeout = 5");
                    try (ResultSet outcome = statement.executeQuery("optimize table recommendation_text")) {
                        // Failures such as a lock wait come back as rows of the outcome, not as exceptions.
                        while (outcome.next()) {
                            if ("error".equalsIgnoreCase(outcome.getString("Msg_type"))) {
                                throw new SQLException(outcome.getString("Msg_text"));
                            }
                        }
                    }
                    finally {
                        statement.execute("set session lock_wait_timeout = default");
                    }
                }
                return null;
            });
            log.info("Similar reads: rebuilt the text index in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        catch (DataAccessException busy) {
            log.warn("Similar reads: the text index was not rebuilt ({}); queries stay slower until the next batch",
                    busy.getMessage());
        }
    }

    /** The number of indexed (published) articles. */
    int documents() {
        Integer documents = jdbc.queryForObject("select documents from recommendation_corpus where id = 1",
                new MapSqlParameterSource(), Integer.class);
        return documents == null ? 0 : documents;
    }

    private void moveFrequencies(List<String> before, List<String> after) {
        TreeSet<String> removed = new TreeSet<>(before);
        after.forEach(removed::remove);
        TreeSet<String> added = new TreeSet<>(after);
        before.forEach(added::remove);
        if (!removed.isEmpty()) {
            MapSqlParameterSource terms = new MapSqlParameterSource("terms", new ArrayList<>(removed));
            jdbc.update("update recommendation_term set df = df - 1 where term in (:terms)", terms);
            jdbc.update("delete from recommendation_term where term in (:terms) and df <= 0", terms);
        }
        if (!added.isEmpty()) {
            jdbc.update("insert into recommendation_term (term, df) values :rows on duplicate key update df = df + 1",
                    new MapSqlParameterSource("rows", added.stream().map(term -> new Object[] {term, 1}).toList()));
        }
    }

    private void moveDocumentCount(boolean wasIndexed, boolean isIndexed) {
        if (wasIndexed != isIndexed) {
            jdbc.update("update recommendation_corpus set documents = greatest(documents + :delta, 0) where id = 1",
                    new MapSqlParameterSource("delta", isIndexed ? 1 : -1));
        }
    }

    private Map<String, Integer> frequencies(List<String> vocabulary) {
        Map<String, Integer> frequencies = new HashMap<>();
        if (!vocabulary.isEmpty()) {
            jdbc.query("select term, df from recommendation_term where term in (:terms)",
                    new MapSqlParameterSource("terms", vocabulary),
                    rs -> {
                        frequencies.put(rs.getString(1), rs.getInt(2));
                    });
        }
        return frequencies;
    }

    private static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > 0 ? cut : max);
    }

    private record ArticleText(String title, String summary, String body) {
    }
}
