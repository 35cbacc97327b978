package io.quire.site;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * This instance's rendered pages (anonymous ones and those members share), bounded by their gzipped size and by age. Pages are evicted by scope
 * when {@link PageChanges} (here) or {@link PageChangePoller} (any instance) reports a change.
 */
@Component
class PageCache {

    /** Far more evictions than can happen while one page renders. */
    private static final int EVICTIONS_REMEMBERED = 1024;
    private static final Collection<String> EVERYTHING = List.of("*");

    private final Cache<PageKey, KeptPage> pages;
    private final Cache<PageKey, KeptPage> searchPages;
    /** Numbers evictions, so that a page rendered while one of its scopes was evicted is not kept. */
    private final AtomicLong evictions = new AtomicLong();
    /**
     * The scopes of the latest evictions by number ({@link #EVERYTHING} for a clear), so that a page is dropped only
     * for an eviction that concerns it: indexing, comments and publications elsewhere happen all the time.
     */
    private final ConcurrentSkipListMap<Long, Collection<String>> recentEvictions = new ConcurrentSkipListMap<>();
    /** The pages being rendered now, each released when its rendering ends. */
    private final ConcurrentMap<PageKey, CountDownLatch> rendering = new ConcurrentHashMap<>();

    PageCache(PageCacheProperties properties) {
        this.pages = bounded(properties.maxSize(), properties.ttl());
        this.searchPages = bounded(properties.searchMaxSize(), properties.ttl());
    }

    private static Cache<PageKey, KeptPage> bounded(DataSize size, Duration ttl) {
        return Caffeine.newBuilder()
                .maximumWeight(size.toBytes())
                .weigher((PageKey key, KeptPage page) -> page.weight())
                .expireAfterWrite(ttl)
                .build();
    }

    private Cache<PageKey, KeptPage> cacheFor(PageKey key) {
        return key.isSearch() ? searchPages : pages;
    }

    KeptPage get(PageKey key) {
        return cacheFor(key).getIfPresent(key);
    }

    /** Read before rendering and pass to {@link #put}. */
    long evictionCount() {
        return evictions.get();
    }

    /**
     * Keeps a page unless one of its scopes was evicted since {@code evictionsBeforeRendering}. Checked after the
     * put, so that an eviction running concurrently either removes the page or is noticed here.
     */
    void put(PageKey key, KeptPage page, long evictionsBeforeRendering) {
        cacheFor(key).put(key, page);
        if (evictedSince(evictionsBeforeRendering, page)) {
            cacheFor(key).invalidate(key);
        }
    }

    /** An eviction numbered but not yet logged, or forgotten already, counts as concerning the page. */
    private boolean evictedSince(long before, KeptPage page) {
        long now = evictions.get();
        Collection<Collection<String>> since = recentEvictions.subMap(before, false, now, true).values();
        return since.size() != now - before
                || since.stream().anyMatch(scopes -> scopes == EVERYTHING || page.inAny(scopes));
    }

    private void logEviction(Collection<String> scopes) {
        recentEvictions.put(evictions.incrementAndGet(), scopes);
        while (recentEvictions.size() > EVICTIONS_REMEMBERED) {
            recentEvictions.pollFirstEntry();
        }
    }

    /**
     * Claims the rendering of a page that is not cached, so that when a popular page expires or is evicted one
     * request renders it while the others wait for its copy instead of all rendering it at once. Returns
     * {@code true} if the caller must render the page and then {@link #release} it; otherwise it has waited
     * for the request that claimed it (at most {@code seconds}) and should look the page up again.
     */
    boolean claim(PageKey key, long seconds) {
        CountDownLatch theirs = rendering.putIfAbsent(key, new CountDownLatch(1));
        if (theirs == null) {
            return true;
        }
        try {
            theirs.await(seconds, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /**
     * The page kept under {@code key}; if there is none, {@link #claim claims} its rendering. {@code claimed}
     * says whether the caller must render it and then {@link #release} it; {@code page} is null when there is
     * still no copy (claimed, or the other request's rendering kept nothing).
     */
    Lookup lookUpOrClaim(PageKey key, long seconds) {
        KeptPage page = get(key);
        if (page != null) {
            return new Lookup(page, false);
        }
        boolean claimed = claim(key, seconds);
        return new Lookup(claimed ? null : get(key), claimed);
    }

    record Lookup(KeptPage page, boolean claimed) {
    }

    void release(PageKey key) {
        CountDownLatch claimed = rendering.remove(key);
        if (claimed != null) {
            claimed.countDown();
        }
    }

    void evict(Collection<String> scopes) {
        logEviction(List.copyOf(scopes));
        pages.asMap().values().removeIf(page -> page.inAny(scopes));
        searchPages.asMap().values().removeIf(page -> page.inAny(scopes));
    }

    void clear() {
        logEviction(EVERYTHING);
        pages.invalidateAll();
        searchPages.invalidateAll();
    }
}
