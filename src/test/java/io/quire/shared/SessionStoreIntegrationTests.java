package io.quire.shared;

import io.quire.IntegrationTest;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SessionStoreIntegrationTests {

    @Autowired
    @Qualifier(SessionStoreConfiguration.JDBC_STORE)
    JdbcIndexedSessionRepository sessions;

    @Autowired
    SessionRepositoryFilter<?> sessionFilter;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSessionFilterUsesTheRepositoryThatLimitsAccessTimeWrites() {
        assertThat(ReflectionTestUtils.getField(sessionFilter, "sessionRepository"))
                .isInstanceOf(TouchLimitedSessionRepository.class);
    }

    @Test
    void aSessionLastsFourteenDaysIdle() {
        Session session = sessions.createSession();
        assertThat(session.getMaxInactiveInterval()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void anAccessWithinAMinuteOfTheStoredOneIsNotWrittenButALaterOneIs() {
        var repository = new TouchLimitedSessionRepository<>(sessions, Duration.ofMinutes(1), Duration.ofSeconds(30));
        var session = repository.createSession();
        repository.save(session);
        long stored = storedAccessMillis(session.getId());

        var again = repository.findById(session.getId());
        again.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(59));
        repository.save(again);
        assertThat(storedAccessMillis(session.getId())).isEqualTo(stored);

        var later = repository.findById(session.getId());
        later.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(60));
        repository.save(later);
        assertThat(storedAccessMillis(session.getId())).isEqualTo(stored + 60_000);
        repository.deleteById(session.getId());
    }

    @Test
    void anAttributeSetWithinTheIntervalIsStillSaved() {
        var repository = new TouchLimitedSessionRepository<>(sessions, Duration.ofMinutes(1), Duration.ofSeconds(30));
        var session = repository.createSession();
        repository.save(session);
        var again = repository.findById(session.getId());
        again.setLastAccessedTime(again.getLastAccessedTime().plusSeconds(5));
        again.setAttribute("flash", "kept");
        repository.save(again);
        assertThat(repository.findById(session.getId()).<String>getAttribute("flash")).isEqualTo("kept");
        repository.deleteById(session.getId());
    }

    private long storedAccessMillis(String sessionId) {
        return jdbc.queryForObject("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?", Long.class,
                sessionId);
    }

    @Test
    void twoRequestsOfOneSessionMayAddTheSameAttributeAtOnceAndTheLastOneWins() {
        assertThat(raceOnOneAttribute(sessions)).isEqualTo("second");
    }

    /** Both requests load the session before either saves, as concurrent requests do. */
    private static <S extends Session> String raceOnOneAttribute(SessionRepository<S> repository) {
        S session = repository.createSession();
        repository.save(session);
        S first = repository.findById(session.getId());
        S second = repository.findById(session.getId());
        first.setAttribute("flash", "first");
        second.setAttribute("flash", "second");
        repository.save(first);
        repository.save(second);
        String stored = repository.findById(session.getId()).getAttribute("flash");
        repository.deleteById(session.getId());
        return stored;
    }
}
