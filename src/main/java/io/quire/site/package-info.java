/**
 * Composition only: the pages that bring several modules together — home, the article reading page,
 * listings, profiles, feeds, sitemap and robots.txt. Owns no tables.
 */
package io.quire.site;
