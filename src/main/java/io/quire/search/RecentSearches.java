package io.quire.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quire.search.SearchIndex.Filter;
import io.quire.search.SearchIndex.Query;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The result pages of recent searches, for {@code quire.search.result-cache.ttl} (30 s by default). Readers
 * search for the same few things (a popular query is asked many times a minute) and a FULLTEXT query over 100k
 * bodies costs tens of milliseconds, so each page is computed once per window. Any change to this instance's
 * index empties the cache once it commits, so an author finds their article as soon as it is indexed; other
 * instances show it within the TTL at worst.
 */
@Component
class RecentSearches {

    private final Cache<Generation, Page> pages;

    /**
     * Bumped by every change: a search that read the index before a change commits and stores its page after
     * the cache was emptied leaves it under the old generation, where no later lookup finds it.
     */
    private final AtomicLong generation = new AtomicLong();

    RecentSearches(@Value("${quire.search.result-cache.ttl:PT30S}") Duration ttl,
            @Value("${quire.search.result-cache.size:1000}") int size) {
        this.pages = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(size).build();
    }

    /**
     * The kept page, or {@code search}'s, kept. The search runs outside the cache's own compute: that holds a lock
     * on a bin of its map for as long as it runs, so searches taking tens of milliseconds queued behind each other
     * whenever their keys shared a bin. Two readers asking the same new search at once may both run it; the page
     * cache already lets one anonymous rendering wait for the other.
     */
    Page get(Key key, Supplier<Page> search) {
        Generation current = new Generation(key, generation.get());
        Page page = pages.getIfPresent(current);
        if (page == null) {
            page = search.get();
            pages.put(current, page);
        }
        return page;
    }

    /** Forgets every result, after the surrounding transaction commits (at once outside a transaction). */
    void indexChanged() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forgetAll();
                }
            });
        }
        else {
            forgetAll();
        }
    }

    private void forgetAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    private record Generation(Key key, long number) {
    }

    /**
     * What identifies a result page: the words searched (in whole articles and in titles), the words highlighted,
     * the filter and the page asked.
     */
    record Key(Query query, List<String> highlighted, Filter filter, int page) {
    }

    /**
     * One page of hits, the page number it turned out to be, and the totals; {@code moreThanTotal} when only the
     * best matches were counted and more exist.
     */
    record Page(List<SearchHit> hits, int page, int pages, long total, boolean moreThanTotal) {
    }
}
