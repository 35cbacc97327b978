package io.quire.search;

import java.util.List;

import io.quire.article.ArticleCatalog;
import io.quire.article.ArticlePublished;
import io.quire.article.ArticleRestored;
import io.quire.article.ArticleRevised;
import io.quire.article.ArticleUnpublished;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps an article's search document current after it is published, revised, hidden or restored. Each listener runs after the
 * article's transaction committed, in its own, and reads the article's state as it is then, so running one
 * twice (a republished event) changes nothing.
 */
@Component
class SearchIndexer {

    private final ArticleCatalog catalog;
    private final SearchIndex index;

    SearchIndexer(ArticleCatalog catalog, SearchIndex index) {
        this.catalog = catalog;
        this.index = index;
    }

    @ApplicationModuleListener
    void articlePublished(ArticlePublished event) {
        refresh(event.articleId());
    }

    @ApplicationModuleListener
    void articleRevised(ArticleRevised event) {
        refresh(event.articleId());
    }

    /** Drops the document; reading the state, not trusting the event, keeps a late run after a restore harmless. */
    @ApplicationModuleListener
    void articleUnpublished(ArticleUnpublished event) {
        refresh(event.articleId());
    }

    @ApplicationModuleListener
    void articleRestored(ArticleRestored event) {
        refresh(event.articleId());
    }

    /** Stores the article's current text, or drops its document when it is no longer published. */
    void refresh(long articleId) {
        catalog.searchSource(articleId).ifPresentOrElse(index::save, () -> index.remove(List.of(articleId)));
    }
}
