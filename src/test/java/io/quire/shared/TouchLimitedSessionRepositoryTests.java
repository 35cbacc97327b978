package io.quire.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

class TouchLimitedSessionRepositoryTests {

    private final CountingStore store = new CountingStore();
    private final TouchLimitedSessionRepository<MapSession> sessions =
            new TouchLimitedSessionRepository<>(store, Duration.ofMinutes(1), Duration.ofSeconds(30));

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

        Object outer = TouchLimitedSessionRepository.startRemembering(Instant.MAX);
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

        Object outer = TouchLimitedSessionRepository.startRemembering(Instant.MAX);
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

    @Test
    void aMembersSessionIsKeptForTheirNextReadsUntilTheyWriteSomething() {
        String id = signedIn("ada");
        read(id, Instant.MIN);
        assertThat(store.finds).isEqualTo(1);

        var kept = read(id, Instant.MIN);
        assertThat(store.finds).as("answered from memory").isEqualTo(1);
        SecurityContext context = kept.getAttribute(KeptSession.SECURITY_CONTEXT);
        assertThat(context.getAuthentication().getName()).isEqualTo("ada");
        assertThat(kept.<CsrfToken>getAttribute(KeptSession.CSRF_TOKEN).getToken()).isEqualTo("token-ada");
        context.setAuthentication(null);
        SecurityContext next = read(id, Instant.MIN).getAttribute(KeptSession.SECURITY_CONTEXT);
        assertThat(next.getAuthentication()).as("each read gets its own context").isNotNull();

        read(id, Instant.now().plusSeconds(10));
        assertThat(store.finds).as("the browser wrote something since it was kept").isEqualTo(2);
    }

    @Test
    void aRequestThatMayWriteNeitherUsesNorKeepsASession() {
        String id = signedIn("ada");
        read(id, Instant.MAX);
        read(id, Instant.MAX);
        read(id, Instant.MIN);
        assertThat(store.finds).isEqualTo(3);
    }

    @Test
    void aSessionWithAnythingElseInItIsAlwaysRead() {
        String id = signedIn("ada");
        var session = store.findById(id);
        session.setAttribute("flash", "Saved.");
        store.save(session);
        read(id, Instant.MIN);
        read(id, Instant.MIN);
        assertThat(store.finds).isEqualTo(3);
    }

    @Test
    void writingToAKeptSessionWritesTheStoredOneAndForgetsTheKeptOne() {
        String id = signedIn("ada");
        read(id, Instant.MIN);
        Object outer = TouchLimitedSessionRepository.startRemembering(Instant.MIN);
        try {
            var kept = sessions.findById(id);
            kept.setAttribute("flash", "Saved.");
            sessions.save(kept);
        }
        finally {
            TouchLimitedSessionRepository.stopRemembering(outer);
        }
        assertThat(store.findById(id).<String>getAttribute("flash")).isEqualTo("Saved.");
        int finds = store.finds;
        assertThat(read(id, Instant.MIN).<String>getAttribute("flash")).isEqualTo("Saved.");
        assertThat(store.finds).isEqualTo(finds + 1);
    }

    @Test
    void aDeletedSessionIsForgotten() {
        String id = signedIn("ada");
        read(id, Instant.MIN);
        sessions.deleteById(id);
        assertThat(read(id, Instant.MIN)).isNull();
    }

    @Test
    void aSessionReadWhileAnotherRequestDeletedItIsNotKept() {
        String id = signedIn("ada");
        store.duringNextFind = () -> sessions.deleteById(id);

        assertThat(read(id, Instant.MIN)).as("read before the delete").isNotNull();

        assertThat(read(id, Instant.MIN)).as("logged out").isNull();
    }

    /** Stores a signed-in member's session as the store would hold it, and returns its id. */
    private String signedIn(String name) {
        MapSession session = store.createSession();
        session.setAttribute(KeptSession.SECURITY_CONTEXT, new SecurityContextImpl(UsernamePasswordAuthenticationToken
                .authenticated(name, null, List.of(new SimpleGrantedAuthority("ROLE_MEMBER")))));
        session.setAttribute(KeptSession.CSRF_TOKEN, new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-" + name));
        store.save(session);
        store.saves = 0;
        return session.getId();
    }

    /** Finds a session in a request of its own that may use sessions kept after {@code validAfter}. */
    private TouchLimitedSessionRepository.TouchLimitedSession<MapSession> read(String id, Instant validAfter) {
        Object outer = TouchLimitedSessionRepository.startRemembering(validAfter);
        try {
            return sessions.findById(id);
        }
        finally {
            TouchLimitedSessionRepository.stopRemembering(outer);
        }
    }

    private static final class CountingStore extends MapSessionRepository {

        int saves;
        int finds;
        /** Another request's work, done while the next read is under way (after it has read). */
        Runnable duringNextFind;

        @Override
        public MapSession findById(String id) {
            finds++;
            MapSession found = super.findById(id);
            if (duringNextFind != null) {
                Runnable other = duringNextFind;
                duringNextFind = null;
                other.run();
            }
            return found;
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
