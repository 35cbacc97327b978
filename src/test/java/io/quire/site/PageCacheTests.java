package io.quire.site;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** A page rendered while its data changed is not kept; a change elsewhere does not stop it being kept. */
class PageCacheTests {

    final PageCache cache = new PageCache(
            new PageCacheProperties(true, DataSize.ofMegabytes(1), DataSize.ofMegabytes(1), Duration.ofMinutes(1), Duration.ofSeconds(10)));

    @Test
    void aPageRenderedWhileOneOfItsScopesWasEvictedIsNotKept() {
        long before = cache.evictionCount();
        cache.evict(List.of("listings"));
        cache.evict(List.of(PageCaching.article(7)));

        PageKey key = put("/articles/seven", Set.of(PageCaching.article(7), PageCaching.ARTICLES), before);

        assertThat(cache.get(key)).isNull();
    }

    @Test
    void aPageRenderedWhileOtherScopesWereEvictedIsKept() {
        long before = cache.evictionCount();
        cache.evict(List.of(PageCaching.SEARCH));
        cache.evict(List.of(PageCaching.article(8)));

        PageKey key = put("/articles/seven", Set.of(PageCaching.article(7), PageCaching.ARTICLES), before);

        assertThat(cache.get(key)).isNotNull();
    }

    @Test
    void aPageRenderedWhileTheCacheWasClearedOrTooManyEvictionsHappenedIsNotKept() {
        long beforeClear = cache.evictionCount();
        cache.clear();
        PageKey cleared = put("/articles/one", Set.of(PageCaching.article(1)), beforeClear);

        long beforeMany = cache.evictionCount();
        for (int i = 0; i < 2000; i++) {
            cache.evict(List.of(PageCaching.article(100_000 + i)));
        }
        PageKey afterMany = put("/articles/two", Set.of(PageCaching.article(2)), beforeMany);

        assertThat(cache.get(cleared)).isNull();
        assertThat(cache.get(afterMany)).as("the log forgot some evictions, so it cannot tell").isNull();
    }

    @Test
    void searchPagesHaveTheirOwnRoomAndNeverPushArticlePagesOut() {
        PageKey article = put("/articles/kept", Set.of(PageCaching.article(1)), cache.evictionCount());
        for (int i = 0; i < 20_000; i++) {
            put("/search?q=word" + i, Set.of(PageCaching.SEARCH), cache.evictionCount());
        }

        assertThat(cache.get(article)).isNotNull();
    }

    private PageKey put(String path, Set<String> scopes, long evictionsBefore) {
        PageKey key = new PageKey(path, "", Locale.ENGLISH, false);
        cache.put(key, CachedPage.of("<p>page</p>".getBytes(StandardCharsets.UTF_8), "text/html", Locale.ENGLISH,
                scopes, () -> { }, Instant.now()), evictionsBefore);
        return key;
    }
}
