package io.quire.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.quire.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class EventPublicationBacklogMetricsIntegrationTests {

    private static final String LISTENER = "io.quire.shared.BacklogTestListener";

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry registry;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-10T12:00:00Z"));

    @AfterEach
    void removeTestPublications() {
        new JdbcTemplate(dataSource).update("DELETE FROM EVENT_PUBLICATION WHERE LISTENER_ID = ?", LISTENER);
    }

    @Test
    void countsIncompletePublicationsAndAsksTheDatabaseAtMostEveryFifteenSeconds() {
        EventPublicationBacklogMetrics metrics = new EventPublicationBacklogMetrics(dataSource, clock);
        long before = (long) metrics.sample().count();

        publish(Duration.ofMinutes(3), false);
        publish(Duration.ofMinutes(1), true);
        clock.advance(EventPublicationBacklogMetrics.MAX_AGE.minusSeconds(1));
        assertThat(metrics.sample().count()).as("cached").isEqualTo(before);

        clock.advance(Duration.ofSeconds(1));
        EventPublicationBacklogMetrics.Sample sample = metrics.sample();
        assertThat(sample.count()).isEqualTo(before + 1);
        assertThat(sample.oldestAgeSeconds()).isGreaterThanOrEqualTo(180);
    }

    @Test
    void registersBothGaugesWithTheApplicationsRegistry() {
        assertThat(registry.find("quire.events.incomplete").gauge()).isNotNull();
        assertThat(registry.find("quire.events.incomplete.oldest.age").gauge().value()).isNotNaN();
    }

    private void publish(Duration ago, boolean completed) {
        Instant published = clock.instant().minus(ago);
        new JdbcTemplate(dataSource).update("""
                INSERT INTO EVENT_PUBLICATION (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE,
                    COMPLETION_DATE, STATUS, COMPLETION_ATTEMPTS)
                VALUES (?, ?, 'java.lang.String', '"x"', ?, ?, ?, 1)""",
                UUID.randomUUID().toString(), LISTENER, Timestamp.from(published),
                completed ? Timestamp.from(published.plusSeconds(1)) : null, completed ? "COMPLETED" : "PUBLISHED");
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
