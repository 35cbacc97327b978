package io.quire.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the page cache correct across instances: once a second every instance reads the scopes whose
 * generation changed lately and evicts the ones it has not seen at that generation, whichever instance made the
 * change. Each poll looks back over the time since the previous one plus {@code quire.page-cache.poll-overlap},
 * against the database's clock, so a late or slow poll widens its window rather than missing changes.
 */
@Component
class PageChangePoller {

    private final JdbcClient jdbc;
    private final PageCache cache;
    private final long overlapNanos;
    /** Scope to generation, for the scopes changed within the last window and those changed here since. */
    private Map<String, Long> seen = new HashMap<>();
    /** The generations this instance applied since the last poll began; the poll's answer may predate them. */
    private Map<String, Long> appliedSincePoll = new HashMap<>();
    private long lastPoll = System.nanoTime();

    PageChangePoller(JdbcClient jdbc, PageCache cache, PageCacheProperties properties) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.overlapNanos = properties.pollOverlap().toNanos();
    }

    /**
     * The query runs without holding this poller's lock: a request that has just committed a change calls
     * {@link #applied} while it still holds its connection, and waiting for the lock there while the poll waited
     * for a connection stalled every request once the pool ran dry (64 comment posts at once, 2026-11-30).
     */
    @Scheduled(fixedDelayString = "${quire.page-cache.poll-interval:PT1S}")
    void poll() {
        long started = System.nanoTime();
        long window;
        synchronized (this) {
            window = (started - lastPoll + overlapNanos) / 1000;
            appliedSincePoll = new HashMap<>();
        }
        Map<String, Long> current = new HashMap<>();
        jdbc.sql("""
                select scope, generation from page_cache_generation
                where changed_at >= utc_timestamp(6) - interval ? microsecond""")
                .param(window)
                .query(rs -> {
                    current.put(rs.getString(1), rs.getLong(2));
                });
        List<String> moved;
        synchronized (this) {
            moved = current.entrySet().stream()
                    .filter(scope -> seen.getOrDefault(scope.getKey(), Long.MIN_VALUE) < scope.getValue())
                    .map(Map.Entry::getKey).toList();
            appliedSincePoll.forEach((scope, generation) -> current.merge(scope, generation, Math::max));
            seen = current;
            lastPoll = started;
        }
        if (!moved.isEmpty()) {
            cache.evict(moved);
        }
    }

    /** This instance made these changes and has evicted their pages already. */
    synchronized void applied(Map<String, Long> generations) {
        generations.forEach((scope, generation) -> {
            seen.merge(scope, generation, Math::max);
            appliedSincePoll.merge(scope, generation, Math::max);
        });
    }
}
