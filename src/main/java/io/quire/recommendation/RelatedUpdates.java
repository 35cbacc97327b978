package io.quire.recommendation;

import java.util.Set;
import java.util.TreeSet;

import io.quire.article.ArticlePublished;
import io.quire.article.ArticleRestored;
import io.quire.article.ArticleRevised;
import io.quire.article.ArticleUnpublished;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps related articles current as articles change. Handled after the article's transaction commits, on
 * another thread, through Spring Modulith's durable publication registry: a crash before a listener finished
 * republishes the event on restart, and handling it twice gives the same rows (every step replaces, never
 * adds). The listeners run without a surrounding transaction because each step must commit before the next
 * one's FULLTEXT query can see it.
 */
@Component
class RelatedUpdates {

    /** How many of the articles listing a changed article are recomputed with it. */
    static final int LISTERS = 50;

    private static final Logger log = LoggerFactory.getLogger(RelatedUpdates.class);

    private final TextIndex text;
    private final RelatedComputer related;

    RelatedUpdates(TextIndex text, RelatedComputer related) {
        this.text = text;
        this.related = related;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ArticlePublished event) {
        articleChanged(event.articleId());
    }

    /** A new revision, a restore or a retag: the text, tags or category may have changed. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ArticleRevised event) {
        articleChanged(event.articleId());
    }

    /**
     * A moderator hid the article: its text leaves the index, its own list is emptied, and the lists that held it
     * are recomputed, so they fill the slot with the next best article. (The page query already skips articles
     * that are not published, so nothing hidden is shown meanwhile.)
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ArticleUnpublished event) {
        articleChanged(event.articleId());
    }

    /** A hidden article is back: computed as if it were newly published. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ArticleRestored event) {
        articleChanged(event.articleId());
    }

    /**
     * Re-indexes the article's text and recomputes its related articles, then those of its neighbours: the
     * articles that listed it (its text or tags changed under them) and the articles it now lists (by symmetry
     * the likeliest to list it in turn).
     */
    void articleChanged(long articleId) {
        Retries.onConflict(() -> text.refresh(articleId));
        Set<Long> neighbours = new TreeSet<>(related.listedBy(articleId, LISTERS));
        neighbours.addAll(Retries.onConflict(() -> related.recompute(articleId)));
        neighbours.remove(articleId);
        for (long neighbour : neighbours) {
            Retries.onConflict(() -> related.recompute(neighbour));
        }
        log.debug("Recomputed similar reads of article {} and {} neighbours", articleId, neighbours.size());
    }
}
