package io.quire.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quire.search.SearchIndex.Filter;
import io.quire.search.SearchIndex.Query;
import io.quire.search.SearchIndex.WordKey;
import io.quire.search.SearchIndex.WordList;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The result pages of recent searches, and each searched word's best matches, for
 * {@code quire.search.result-cache.ttl} (30 s by default). Readers search for the same few things (a popular query
 * is asked many times a minute) and a FULLTEXT query over 100k bodies costs tens of milliseconds, so each page is
 * computed once per window; a new search made of words searched in the window costs no FULLTEXT query (at the 100k
 * bench, 191 different searches held 145 different words). Any change to this instance's
 * index empties the cache once it commits, so an author finds their article as soon as it is indexed; other
 * instances show it within the TTL at worst.
 */
@Component
class RecentSearches {

    private final Cache<Generation, Page> pages;
    /** A list is at most a few kilobytes (ids and scores of the best 501 matches). */
    private final Cache<Generation, WordList> wordLists;

    /**
     * Bumped by every change: a search that read the index before a change commits and stores its page after
     * the cache was emptied leaves it under the old generation, where no later lookup finds it.
     */
    private final AtomicLong generation = new AtomicLong();

    RecentSearches(@Value("${quire.search.result-cache.ttl:PT30S}") Duration ttl,
            @Value("${quire.search.result-cache.size:1000}") int size) {
        this.pages = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(size).build();
        this.wordLists = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(size).build();
    }

    /**
     * The kept page, or {@code search}'s, kept. The search runs outside the cache's own compute: that holds a lock
     * on a bin of its map for as long as it runs, so searches taking tens of milliseconds queued behind each other
     * whenever their keys shared a bin. Two readers asking the same new search at once may both run it; the page
     * cache already lets one anonymous rendering wait for the other.
     */
    Page get(Key key, Supplier<Page> search) {
        return kept(pages, key, search);
    }

    /** The kept list of one word's best matches in one FULLTEXT index, or {@code read}'s, kept, as {@link #get}. */
    WordList wordList(WordKey key, Supplier<WordList> read) {
        return kept(wordLists, key, read);
    }

    private <V> V kept(Cache<Generation, V> cache, Object key, Supplier<V> compute) {
        Generation current = new Generation(key, generation.get());
        V value = cache.getIfPresent(current);
        if (value == null) {
            value = compute.get();
            cache.put(current, value);
        }
        return value;
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
        wordLists.invalidateAll();
    }

    private record Generation(Object key, long number) {
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
