/**
 * Full-text search over published articles, on the database's own FULLTEXT indexes (InnoDB, MySQL and
 * MariaDB alike): the {@code search_document} copy of each published article, kept current by listeners on
 * the article events and by a backfill; ranked results with title matches first, filters, highlighted
 * snippets, and search-as-you-type title suggestions. Other modules see {@link io.quire.search.ArticleSearch}
 * and its read models.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account", "article"})
package io.quire.search;
