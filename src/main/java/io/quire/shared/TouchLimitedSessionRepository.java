package io.quire.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Spring Session writes a session's last access time back at the end of every request that used it: for the JDBC
 * store, one UPDATE and one commit (a redo-log flush) per page a member reads, and all of a member's concurrent
 * requests queue on that one row lock. Sessions live for days (a 14-day idle timeout), so this repository
 * records a new access time only when the stored one is at least {@code interval} old. A session then expires
 * at most {@code interval} early, and a member reading page after page causes one write per interval instead of
 * one per page. Every other change (attributes, a new id, a new timeout) is saved as before.
 */
final class TouchLimitedSessionRepository<S extends Session>
        implements SessionRepository<TouchLimitedSessionRepository.TouchLimitedSession<S>> {

    private final SessionRepository<S> store;
    private final Duration interval;

    TouchLimitedSessionRepository(SessionRepository<S> store, Duration interval) {
        this.store = store;
        this.interval = interval;
    }

    @Override
    public TouchLimitedSession<S> createSession() {
        return new TouchLimitedSession<>(store.createSession(), interval);
    }

    @Override
    public void save(TouchLimitedSession<S> session) {
        store.save(session.stored);
    }

    @Override
    public TouchLimitedSession<S> findById(String id) {
        S session = store.findById(id);
        return session == null ? null : new TouchLimitedSession<>(session, interval);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    /** The store's session, except that a touch within {@code interval} of the stored one is not recorded. */
    static final class TouchLimitedSession<S extends Session> implements Session {

        private final S stored;
        private final Duration interval;

        private TouchLimitedSession(S stored, Duration interval) {
            this.stored = stored;
            this.interval = interval;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(interval))) {
                stored.setLastAccessedTime(lastAccessedTime);
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
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            stored.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration maxInactiveInterval) {
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
