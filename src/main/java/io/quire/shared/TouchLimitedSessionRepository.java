package io.quire.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Spring Session writes a session's last access time back at the end of every request that used it: for the JDBC
 * store, one UPDATE and one commit (a redo-log flush) per page a member reads, and all of a member's concurrent
 * requests queue on that one row lock. Sessions live for days (a 14-day idle timeout), so this repository
 * records a new access time only when the stored one is at least {@code interval} old. A session then expires
 * at most {@code interval} early, and a member reading page after page causes one write per interval instead of
 * one per page. Every other change (attributes, a new id, a new timeout) is saved as before, and a session with no
 * change is not saved at all: the JDBC store would still open and commit an empty transaction for it.
 * <p>
 * Spring Session's filter looks the session up a second time when it saves it at the end of a request, only to
 * check that the id the browser sent is still valid; the session found first in the same request answers that
 * without another query (and without deserializing its attributes again). The memory of what was found lives
 * from {@link #startRemembering} to {@link #stopRemembering}, which {@link SessionLookupScope} wraps around Spring Session's filter.
 * <p>
 * Changes are seen through the setters, which is all the store itself looks at with its default save mode
 * ({@code SaveMode.ON_SET_ATTRIBUTE}: an attribute is written only when it is set).
 */
final class TouchLimitedSessionRepository<S extends Session>
        implements SessionRepository<TouchLimitedSessionRepository.TouchLimitedSession<S>> {

    /** The sessions found during the current request on this thread, by id; null outside a request. */
    private static final ThreadLocal<Map<String, TouchLimitedSession<?>>> FOUND = new ThreadLocal<>();

    private final SessionRepository<S> store;
    private final Duration interval;

    TouchLimitedSessionRepository(SessionRepository<S> store, Duration interval) {
        this.store = store;
        this.interval = interval;
    }

    @Override
    public TouchLimitedSession<S> createSession() {
        return new TouchLimitedSession<>(store.createSession(), interval, true);
    }

    @Override
    public void save(TouchLimitedSession<S> session) {
        if (session.changed) {
            store.save(session.stored);
            session.changed = false;
        }
    }

    /**
     * Starts this thread's memory of found sessions, for one request; pass what it returns to
     * {@link #stopRemembering} when the request ends.
     */
    static Object startRemembering() {
        Map<String, TouchLimitedSession<?>> outer = FOUND.get();
        FOUND.set(new HashMap<>());
        return outer;
    }

    @SuppressWarnings("unchecked")
    static void stopRemembering(Object outer) {
        if (outer == null) {
            FOUND.remove();
        }
        else {
            FOUND.set((Map<String, TouchLimitedSession<?>>) outer);
        }
    }

    @Override
    public TouchLimitedSession<S> findById(String id) {
        Map<String, TouchLimitedSession<?>> found = FOUND.get();
        TouchLimitedSession<?> earlier = found == null ? null : found.get(id);
        if (earlier != null && earlier.getId().equals(id)) {
            @SuppressWarnings("unchecked")
            TouchLimitedSession<S> same = (TouchLimitedSession<S>) earlier;
            return same;
        }
        S stored = store.findById(id);
        if (stored == null) {
            return null;
        }
        TouchLimitedSession<S> session = new TouchLimitedSession<>(stored, interval, false);
        if (found != null) {
            found.put(id, session);
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        Map<String, TouchLimitedSession<?>> found = FOUND.get();
        if (found != null) {
            found.remove(id);
        }
        store.deleteById(id);
    }

    /** The store's session, except that a touch within {@code interval} of the stored one is not recorded. */
    static final class TouchLimitedSession<S extends Session> implements Session {

        private final S stored;
        private final Duration interval;
        /** Whether the store has something to write: a new session, or a setter was called. */
        private boolean changed;

        private TouchLimitedSession(S stored, Duration interval, boolean isNew) {
            this.stored = stored;
            this.interval = interval;
            this.changed = isNew;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(interval))) {
                stored.setLastAccessedTime(lastAccessedTime);
                changed = true;
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            changed = true;
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            changed = true;
            stored.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration maxInactiveInterval) {
            changed = true;
            stored.setMaxInactiveInterval(maxInactiveInterval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
