package io.quire.site;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The anonymous page cache ({@code quire.page-cache.*}).
 *
 * @param enabled whether anonymous pages are served from the cache at all
 * @param maxSize the gzipped bytes of article, home and category pages kept per instance; the least used go first
 * @param searchMaxSize the same for search result pages, kept apart: a long tail of queries each asked a few times
 *        would otherwise lose every place to article pages read all day, and be rendered again on each visit
 * @param ttl how long a page is served before it is rendered again, whatever happened: the bound on staleness
 *        for changes that publish no event (like counts, similar reads, display names)
 * @param pollOverlap how far back each poll of {@code page_cache_generation} looks beyond the previous poll, so
 *        that a change whose transaction commits a little after its row was written is still seen
 */
@ConfigurationProperties("quire.page-cache")
record PageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("48MB") DataSize maxSize,
        @DefaultValue("8MB") DataSize searchMaxSize,
        @DefaultValue("5m") Duration ttl,
        @DefaultValue("10s") Duration pollOverlap) {
}
