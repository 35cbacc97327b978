package io.quire.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes completed event publications once they are {@code quire.events.completed-kept-for} old (seven days by
 * default), on one instance per round. Modulith marks a publication completed and keeps it; every comment,
 * article change and report leaves one row per listener, so without this {@code EVENT_PUBLICATION} only grows.
 * A week is long enough to see in the table what the listeners did recently.
 * <p>
 * It deletes in batches of {@link #BATCH} rows, each its own statement in autocommit, so that the first round
 * on a table that has grown for months holds no long transaction and no lock on most of it.
 */
@Component
class CompletedEventCleanup {

    static final int BATCH = 5_000;

    private static final Logger log = LoggerFactory.getLogger(CompletedEventCleanup.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration keptFor;

    CompletedEventCleanup(JdbcClient jdbc, Clock clock,
            @Value("${quire.events.completed-kept-for:P7D}") Duration keptFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keptFor = keptFor;
    }

    @Scheduled(fixedDelayString = "${quire.events.cleanup-interval:PT1H}",
            initialDelayString = "${quire.events.cleanup-interval:PT1H}")
    @SchedulerLock(name = "completed-event-cleanup", lockAtMostFor = "PT30M")
    void scheduled() {
        deleteCompleted();
    }

    /** @return how many completed publications were deleted */
    int deleteCompleted() {
        // A Timestamp, as the registry writes its dates, so that both go through the same time zone conversion.
        Timestamp before = Timestamp.from(clock.instant().minus(keptFor));
        int deleted = 0;
        int batch;
        do {
            batch = jdbc.sql("""
                    DELETE FROM EVENT_PUBLICATION WHERE STATUS = 'COMPLETED' AND COMPLETION_DATE < ? LIMIT ?""")
                    .param(before).param(BATCH).update();
            deleted += batch;
        }
        while (batch == BATCH);
        if (deleted > 0) {
            log.info("Deleted {} event publications completed before {}", deleted, before.toInstant());
        }
        return deleted;
    }
}
