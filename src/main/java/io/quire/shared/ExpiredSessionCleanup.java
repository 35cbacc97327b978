package io.quire.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions from {@code SPRING_SESSION}, on one instance per round. Spring Session's own
 * timer (switched off with {@code spring.session.jdbc.cleanup-cron: "-"}) would run the same DELETE on
 * every instance at the same second, where they only wait on each other's row locks.
 * {@code lockAtLeastFor} keeps the lock through the round even when the DELETE is quick, so an instance
 * whose clock is a few seconds late does not run it again.
 */
@Component
class ExpiredSessionCleanup {

    private static final Logger log = LoggerFactory.getLogger(ExpiredSessionCleanup.class);

    private final JdbcIndexedSessionRepository sessions;

    ExpiredSessionCleanup(@Qualifier(SessionStoreConfiguration.JDBC_STORE) JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "${quire.session-cleanup.cron}")
    @SchedulerLock(name = "session-cleanup", lockAtMostFor = "PT4M",
            lockAtLeastFor = "${quire.session-cleanup.lock-at-least-for}")
    void deleteExpiredSessions() {
        sessions.cleanUpExpiredSessions();
        log.debug("Deleted expired sessions");
    }
}
