package io.quire.shared;

import io.quire.IntegrationTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SessionStoreIntegrationTests {

    @Autowired
    JdbcIndexedSessionRepository sessions;

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
