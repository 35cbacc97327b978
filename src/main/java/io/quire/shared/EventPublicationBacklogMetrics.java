package io.quire.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the listeners of the Modulith event registry are behind: the number of publications not completed
 * yet ({@code quire.events.incomplete}) and the age of the oldest ({@code quire.events.incomplete.oldest.age}).
 * A growing count or age means a listener keeps failing. The database is asked at most once per
 * {@link #MAX_AGE}, however often the gauges are scraped; when it cannot answer, the gauges read NaN.
 */
@Component
class EventPublicationBacklogMetrics implements MeterBinder {

    static final Duration MAX_AGE = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(EventPublicationBacklogMetrics.class);
    private static final String QUERY =
            "SELECT COUNT(*), MIN(PUBLICATION_DATE) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private Sample sample;

    EventPublicationBacklogMetrics(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(5);
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("quire.events.incomplete", this, metrics -> metrics.sample().count())
                .description("Event publications whose listener has not completed")
                .register(registry);
        Gauge.builder("quire.events.incomplete.oldest.age", this, metrics -> metrics.sample().oldestAgeSeconds())
                .description("Age of the oldest event publication whose listener has not completed")
                .baseUnit("seconds")
                .register(registry);
    }

    synchronized Sample sample() {
        Instant now = clock.instant();
        if (sample == null || !now.isBefore(sample.takenAt().plus(MAX_AGE))) {
            sample = query(now);
        }
        return sample;
    }

    private Sample query(Instant now) {
        try {
            return jdbc.queryForObject(QUERY, (rs, row) -> {
                Timestamp oldest = rs.getTimestamp(2);
                double age = oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toSeconds());
                return new Sample(now, rs.getLong(1), age);
            });
        }
        catch (DataAccessException ex) {
            log.warn("Could not count incomplete event publications: {}", ex.getMessage());
            return new Sample(now, Double.NaN, Double.NaN);
        }
    }

    record Sample(Instant takenAt, double count, double oldestAgeSeconds) {
    }
}
