package io.quire.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quire.article.ArticlePublished;
import io.quire.article.ArticleRenamed;
import io.quire.article.ArticleRestored;
import io.quire.article.ArticleRevised;
import io.quire.article.ArticleUnpublished;
import io.quire.comment.CommentChanged;
import io.quire.comment.CommentPosted;
import io.quire.search.SearchIndexChanged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns the events that change what anonymous readers see into page cache evictions: the scope's row in
 * {@code page_cache_generation} is bumped in the transaction that made the change (the listeners run while the
 * publisher's transaction is open), so other instances see it exactly when the change commits; this instance
 * evicts right after the commit and tells its poller, which then has nothing more to do for it.
 * <p>
 * Like counts and similar reads publish nothing here on purpose: they change far more often than they matter,
 * and the cache's time to live (one minute by default) bounds how old they can get. See ADR 0004.
 */
@Component
class PageChanges {

    private final JdbcClient jdbc;
    private final PageCache cache;
    private final PageChangePoller poller;

    PageChanges(JdbcClient jdbc, PageCache cache, PageChangePoller poller) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.poller = poller;
    }

    @EventListener
    void on(ArticlePublished published) {
        changed(List.of(PageCaching.article(published.articleId()), PageCaching.LISTINGS));
    }

    @EventListener
    void on(ArticleRevised revised) {
        changed(List.of(PageCaching.article(revised.articleId()), PageCaching.LISTINGS));
    }

    @EventListener
    void on(ArticleRenamed renamed) {
        changed(List.of(PageCaching.article(renamed.articleId()), PageCaching.LISTINGS));
    }

    /**
     * A hidden article must leave every public place at once: its own page (410 from now on), the listings and
     * the other articles' pages, any of which may link to it. Hiding is rare enough to render them all again.
     */
    @EventListener
    void on(ArticleUnpublished hidden) {
        changed(List.of(PageCaching.ARTICLES, PageCaching.LISTINGS));
    }

    @EventListener
    void on(ArticleRestored restored) {
        changed(List.of(PageCaching.ARTICLES, PageCaching.LISTINGS));
    }

    @EventListener
    void on(CommentPosted posted) {
        changed(List.of(PageCaching.article(posted.articleId())));
    }

    @EventListener
    void on(CommentChanged changed) {
        changed(List.of(PageCaching.article(changed.articleId())));
    }

    /** Runs in the indexing transaction, later than the article's own, which is why search has its own scope. */
    @EventListener
    void on(SearchIndexChanged changed) {
        changed(List.of(PageCaching.SEARCH));
    }

    void changed(List<String> scopes) {
        Map<String, Long> generations = new LinkedHashMap<>();
        for (String scope : scopes) {
            jdbc.sql("""
                    insert into page_cache_generation (scope, generation, changed_at) values (?, 1, utc_timestamp(6))
                    on duplicate key update generation = generation + 1, changed_at = utc_timestamp(6)""")
                    .param(scope).update();
            generations.put(scope, jdbc.sql("select generation from page_cache_generation where scope = ?")
                    .param(scope).query(Long.class).single());
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    evict(generations);
                }
            });
        }
        else {
            evict(generations);
        }
    }

    private void evict(Map<String, Long> generations) {
        cache.evict(generations.keySet());
        poller.applied(generations);
    }
}
