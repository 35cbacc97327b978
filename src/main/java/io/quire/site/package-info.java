/**
 * Composition only: the pages that bring several modules together — home, the article reading page,
 * listings, profiles, feeds, sitemap and robots.txt; and the cache that serves home, article and category
 * pages to anonymous readers without rendering them (ADR 0004), with its one table,
 * {@code page_cache_generation}.
 */
package io.quire.site;
