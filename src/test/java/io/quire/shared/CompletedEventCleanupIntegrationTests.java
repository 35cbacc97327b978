package io.quire.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.quire.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CompletedEventCleanupIntegrationTests {

    private static final String LISTENER = "io.quire.shared.CleanupTestListener";
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final String INSERT = """
            INSERT INTO EVENT_PUBLICATION (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE,
                COMPLETION_DATE, STATUS, COMPLETION_ATTEMPTS)
            VALUES (?, ?, 'java.lang.String', '"cleanup test"', ?, ?, ?, 1)""";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @AfterEach
    void removeTestPublications() {
        jdbc.sql("DELETE FROM EVENT_PUBLICATION WHERE LISTENER_ID = ?").param(LISTENER).update();
    }

    @Test
    void deletesCompletedPublicationsOlderThanTheRetentionAndKeepsTheRest() {
        String old = publish(Duration.ofDays(8), "COMPLETED");
        String recent = publish(Duration.ofDays(6), "COMPLETED");
        String oldFailed = publish(Duration.ofDays(30), "FAILED");
        String oldWaiting = publish(Duration.ofDays(30), "PUBLISHED");

        cleanup().deleteCompleted();

        assertThat(remaining()).containsExactlyInAnyOrder(recent, oldFailed, oldWaiting).doesNotContain(old);
    }

    @Test
    void deletesInBatchesUntilNoneIsLeft() {
        Timestamp at = Timestamp.from(NOW.minus(Duration.ofDays(10)));
        List<Object[]> rows = IntStream.range(0, CompletedEventCleanup.BATCH + 3)
                .mapToObj(i -> new Object[] {UUID.randomUUID().toString(), LISTENER, at, at, "COMPLETED"}).toList();
        template.batchUpdate(INSERT, rows);

        assertThat(cleanup().deleteCompleted()).isGreaterThanOrEqualTo(CompletedEventCleanup.BATCH + 3);
        assertThat(remaining()).isEmpty();
    }

    /** A publication of the test listener, completed (or, for other statuses, published) {@code ago} before now. */
    private String publish(Duration ago, String status) {
        String id = UUID.randomUUID().toString();
        Timestamp at = Timestamp.from(NOW.minus(ago));
        jdbc.sql(INSERT).params(id, LISTENER, at, "COMPLETED".equals(status) ? at : null, status).update();
        return id;
    }

    private CompletedEventCleanup cleanup() {
        return new CompletedEventCleanup(jdbc, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(7));
    }

    private List<String> remaining() {
        return jdbc.sql("SELECT ID FROM EVENT_PUBLICATION WHERE LISTENER_ID = ?").param(LISTENER)
                .query(String.class).list();
    }
}
