package io.quire.shared;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

class TouchLimitedSessionRepositoryTests {

    private final CountingStore store = new CountingStore();
    private final TouchLimitedSessionRepository<MapSession> sessions =
            new TouchLimitedSessionRepository<>(store, Duration.ofMinutes(1));

    @Test
    void aSessionThatOnlyGotATouchWithinTheIntervalIsNotSavedAgain() {
        var created = sessions.createSession();
        sessions.save(created);
        var read = sessions.findById(created.getId());
        read.setLastAccessedTime(read.getLastAccessedTime().plusSeconds(30));
        read.getAttribute("anything");
        sessions.save(read);
        assertThat(store.saves).isEqualTo(1);
    }

    @Test
    void everyChangeIsSaved() {
        var created = sessions.createSession();
        sessions.save(created);

        var touched = sessions.findById(created.getId());
        touched.setLastAccessedTime(touched.getLastAccessedTime().plusSeconds(61));
        sessions.save(touched);
        var withAttribute = sessions.findById(created.getId());
        withAttribute.setAttribute("flash", "x");
        sessions.save(withAttribute);
        var withoutIt = sessions.findById(created.getId());
        withoutIt.removeAttribute("flash");
        sessions.save(withoutIt);
        var renamed = sessions.findById(created.getId());
        renamed.changeSessionId();
        sessions.save(renamed);
        var longer = sessions.findById(renamed.getId());
        longer.setMaxInactiveInterval(Duration.ofDays(30));
        sessions.save(longer);

        assertThat(store.saves).isEqualTo(6);
    }

    @Test
    void aSessionSavedTwiceWithoutAChangeInBetweenIsWrittenOnce() {
        var created = sessions.createSession();
        sessions.save(created);
        sessions.save(created);
        assertThat(store.saves).isEqualTo(1);
    }

    @Test
    void withinOneRequestASessionIsReadOnceAndAfterItAgain() {
        var created = sessions.createSession();
        sessions.save(created);

        Object outer = TouchLimitedSessionRepository.startRemembering();
        try {
            assertThat(sessions.findById(created.getId())).isSameAs(sessions.findById(created.getId()));
            assertThat(store.finds).isEqualTo(1);
        }
        finally {
            TouchLimitedSessionRepository.stopRemembering(outer);
        }
        sessions.findById(created.getId());
        assertThat(store.finds).as("the next request reads it afresh").isEqualTo(2);
    }

    @Test
    void aSessionDeletedOrRenamedInTheRequestIsNotFoundUnderItsOldId() {
        var deleted = sessions.createSession();
        sessions.save(deleted);
        var renamed = sessions.createSession();
        sessions.save(renamed);

        Object outer = TouchLimitedSessionRepository.startRemembering();
        try {
            sessions.deleteById(sessions.findById(deleted.getId()).getId());
            String oldId = renamed.getId();
            var found = sessions.findById(oldId);
            found.changeSessionId();
            sessions.save(found);

            assertThat(sessions.findById(deleted.getId())).isNull();
            assertThat(sessions.findById(oldId)).isNull();
        }
        finally {
            TouchLimitedSessionRepository.stopRemembering(outer);
        }
    }

    private static final class CountingStore extends MapSessionRepository {

        int saves;
        int finds;

        @Override
        public MapSession findById(String id) {
            finds++;
            return super.findById(id);
        }

        CountingStore() {
            super(new ConcurrentHashMap<>());
        }

        @Override
        public void save(MapSession session) {
            saves++;
            super.save(session);
        }
    }
}
