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
    private long lastPoll = System.nanoTime();

    PageChangePoller(JdbcClient jdbc, PageCache cache, PageCacheProperties properties) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.overlapNanos = properties.pollOverlap().toNanos();
    }

    @Scheduled(fixedDelayString = "${quire.page-cache.poll-interval:PT1S}")
    synchronized void poll() {
        long started = System.nanoTime();
        Map<String, Long> current = new HashMap<>();
        jdbc.sql("""
                select scope, generation from page_cache_generation
                where changed_at >= utc_timestamp(6) - interval ? microsecond""")
                .param((started - lastPoll + overlapNanos) / 1000)
                .query(rs -> {
                    current.put(rs.getString(1), rs.getLong(2));
                });
        List<String> moved = current.entrySet().stream()
                .filter(scope -> !scope.getValue().equals(seen.get(scope.getKey()))).map(Map.Entry::getKey).toList();
        seen = current;
        lastPoll = started;
        if (!moved.isEmpty()) {
            cache.evict(moved);
        }
    }

    /** This instance made these changes and has evicted their pages already. */
    synchronized void applied(Map<String, Long> generations) {
        seen.putAll(generations);
    }
}
