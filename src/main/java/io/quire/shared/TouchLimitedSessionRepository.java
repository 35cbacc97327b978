package io.quire.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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
 * Between requests, a member's session that holds nothing but their security context and CSRF token is kept in
 * memory ({@link KeptSession}) for up to {@code keptFor}, and a read that {@link OwnWrites} allows answers from it
 * without a query: a member reading page after page costs one session query per {@code keptFor} instead of one per
 * page. A read may not use it when the request may change something, or when the browser changed something on any
 * instance since the session was kept; the session is then read from the store. A session changed or deleted here
 * is forgotten at once; one deleted on another instance (a logout there, whose browser drops the cookie) can still
 * answer reads of its id here for up to {@code keptFor} (ADR 0012). The first write to a kept session reads the
 * stored one and writes to it.
 * <p>
 * Changes are seen through the setters, which is all the store itself looks at with its default save mode
 * ({@code SaveMode.ON_SET_ATTRIBUTE}: an attribute is written only when it is set).
 */
final class TouchLimitedSessionRepository<S extends Session>
        implements SessionRepository<TouchLimitedSessionRepository.TouchLimitedSession<S>> {

    /** The current request on this thread: the sessions it found and what kept state it may use; null outside one. */
    private static final ThreadLocal<Lookup> LOOKUP = new ThreadLocal<>();

    private final SessionRepository<S> store;
    private final Duration interval;
    private final Cache<String, KeptSession> kept;
    /** Bumped by every save and delete here, so that a session read while one happened is not kept. */
    private final AtomicLong changes = new AtomicLong();

    TouchLimitedSessionRepository(SessionRepository<S> store, Duration interval, Duration keptFor) {
        this.store = store;
        this.interval = interval;
        this.kept = Caffeine.newBuilder().maximumSize(keptFor.isZero() ? 0 : 20_000).expireAfterWrite(keptFor).build();
    }

    @Override
    public TouchLimitedSession<S> createSession() {
        return new TouchLimitedSession<>(store.createSession(), interval, true);
    }

    @Override
    public void save(TouchLimitedSession<S> session) {
        if (session.changed) {
            forget(session.keptId);
            if (session.stored() != null) {
                store.save(session.stored());
            }
            // Again once written (the store writes in autocommit): a read that began before it is not kept.
            forget(session.keptId);
            forget(session.getId());
            session.changed = false;
        }
    }

    private void forget(String id) {
        changes.incrementAndGet();
        kept.invalidate(id);
    }

    /**
     * Starts this thread's memory of found sessions, for one request that may use sessions kept since
     * {@code keptStateValidAfter} ({@link OwnWrites}); pass what it returns to {@link #stopRemembering} when the
     * request ends.
     */
    static Object startRemembering(Instant keptStateValidAfter) {
        Lookup outer = LOOKUP.get();
        LOOKUP.set(new Lookup(new HashMap<>(), keptStateValidAfter));
        return outer;
    }

    static void stopRemembering(Object outer) {
        if (outer == null) {
            LOOKUP.remove();
        }
        else {
            LOOKUP.set((Lookup) outer);
        }
    }

    @Override
    public TouchLimitedSession<S> findById(String id) {
        Lookup lookup = LOOKUP.get();
        TouchLimitedSession<?> earlier = lookup == null ? null : lookup.found().get(id);
        if (earlier != null && earlier.getId().equals(id)) {
            @SuppressWarnings("unchecked")
            TouchLimitedSession<S> same = (TouchLimitedSession<S>) earlier;
            return same;
        }
        TouchLimitedSession<S> session = lookup == null ? read(id, null) : keptOrRead(id, lookup.keptStateValidAfter());
        if (session != null && lookup != null) {
            lookup.found().put(id, session);
        }
        return session;
    }

    private TouchLimitedSession<S> keptOrRead(String id, Instant validAfter) {
        KeptSession known = kept.getIfPresent(id);
        if (known != null && known.loadedAt().isAfter(validAfter) && !known.isExpired(Instant.now())) {
            return new TouchLimitedSession<>(known, store::findById, interval);
        }
        return read(id, validAfter);
    }

    /** Reads the session, and keeps it if reads after {@code keepIfAfter} may use it (null: never). */
    private TouchLimitedSession<S> read(String id, Instant keepIfAfter) {
        // Taken before the read, so that whatever was committed before this time is in what is kept.
        Instant readAt = Instant.now();
        long changesBefore = changes.get();
        S stored = store.findById(id);
        if (stored == null) {
            kept.invalidate(id);
            return null;
        }
        if (keepIfAfter != null && readAt.isAfter(keepIfAfter) && changes.get() == changesBefore) {
            KeptSession.of(stored, readAt).ifPresentOrElse(k -> kept.put(id, k), () -> kept.invalidate(id));
        }
        return new TouchLimitedSession<>(stored, interval, false);
    }

    @Override
    public void deleteById(String id) {
        Lookup lookup = LOOKUP.get();
        if (lookup != null) {
            lookup.found().remove(id);
        }
        forget(id);
        store.deleteById(id);
        forget(id);
    }

    private record Lookup(Map<String, TouchLimitedSession<?>> found, Instant keptStateValidAfter) {
    }

    /**
     * The store's session, except that a touch within {@code interval} of the stored one is not recorded. One
     * answered from a {@link KeptSession} reads the stored session only when something is written to it; if that
     * one is gone by then, the write is dropped.
     */
    static final class TouchLimitedSession<S extends Session> implements Session {

        private final Duration interval;
        private final KeptSession known;
        private final Function<String, S> reader;
        /** The id this session was found under, to forget what was kept for it when its id changes. */
        private final String keptId;
        private S stored;
        /** Whether the store has something to write: a new session, or a setter was called. */
        private boolean changed;

        private TouchLimitedSession(S stored, Duration interval, boolean isNew) {
            this.stored = stored;
            this.interval = interval;
            this.changed = isNew;
            this.known = null;
            this.reader = null;
            this.keptId = stored.getId();
        }

        private TouchLimitedSession(KeptSession known, Function<String, S> reader, Duration interval) {
            this.known = known;
            this.reader = reader;
            this.interval = interval;
            this.keptId = known.id();
        }

        /** The stored session, read now if this one was answered from memory; null if it is gone. */
        private S stored() {
            if (stored == null && reader != null) {
                stored = reader.apply(keptId);
            }
            return stored;
        }

        private boolean fromMemory() {
            return stored == null && known != null;
        }

        /** Records a change on the stored session, or drops it when that session is gone. */
        private void write(Consumer<S> change) {
            S target = stored();
            if (target != null) {
                change.accept(target);
                changed = true;
            }
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(getLastAccessedTime().plus(interval))) {
                write(s -> s.setLastAccessedTime(lastAccessedTime));
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return fromMemory() ? known.lastAccessedTime() : stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return fromMemory() ? known.id() : stored.getId();
        }

        @Override
        public String changeSessionId() {
            S target = stored();
            if (target == null) {
                return known.id();
            }
            changed = true;
            return target.changeSessionId();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getAttribute(String name) {
            return fromMemory() ? (T) known.attribute(name) : stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return fromMemory() ? KeptSession.ATTRIBUTE_NAMES : stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            write(s -> s.setAttribute(name, value));
        }

        @Override
        public void removeAttribute(String name) {
            write(s -> s.removeAttribute(name));
        }

        @Override
        public Instant getCreationTime() {
            return fromMemory() ? known.creationTime() : stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration maxInactiveInterval) {
            write(s -> s.setMaxInactiveInterval(maxInactiveInterval));
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return fromMemory() ? known.maxInactiveInterval() : stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return fromMemory() ? known.isExpired(Instant.now()) : stored.isExpired();
        }
    }
}
