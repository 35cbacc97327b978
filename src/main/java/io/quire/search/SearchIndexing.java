package io.quire.search;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.quire.account.MemberService;
import io.quire.account.Role;
import io.quire.article.ArticleCatalog;
import io.quire.article.PublishedStamp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the search index level with the published articles: indexes those it lacks or holds an older copy
 * of, and drops documents of articles no longer published. Runs at startup, where it costs two aggregate
 * queries when nothing is missing, and on an admin's request. Articles published without events (the demo
 * content, or articles from before search existed) reach the index this way.
 */
@Service
class SearchIndexing {

    static final int BATCH_SIZE = 100;

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    private final ArticleCatalog catalog;
    private final SearchIndex index;
    private final MemberService members;
    private final TransactionTemplate transactions;

    SearchIndexing(ArticleCatalog catalog, SearchIndex index, MemberService members,
            TransactionTemplate transactions) {
        this.catalog = catalog;
        this.index = index;
        this.members = members;
        this.transactions = transactions;
    }

    /** How the index compares with the catalogue, for the admin page. */
    IndexStatus status() {
        PublishedStamp published = catalog.publishedStamp();
        SearchIndex.Stamp indexed = index.stamp();
        return new IndexStatus(published.count(), indexed.count(), isLevel(published, indexed));
    }

    /** The admin action: catches up now and says how much it did. Only admins may run it. */
    Reindexed reindex(long adminId) {
        if (members.findSummary(adminId).filter(m -> m.role().includes(Role.ADMIN)).isEmpty()) {
            throw new AccessDeniedException("Only admins rebuild the search index");
        }
        return catchUp();
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpOnStartup() {
        if (isLevel(catalog.publishedStamp(), index.stamp())) {
            return;
        }
        long started = System.nanoTime();
        Reindexed done = catchUp();
        log.info("Search index caught up: {} documents written, {} removed in {} ms", done.indexed(),
                done.removed(), Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /**
     * Indexes every published article that has no document or an older one, in batches of
     * {@value #BATCH_SIZE} per transaction, and removes documents of unpublished articles. Reads the index
     * before the catalogue: an article published in between is then only ever seen as missing (and indexed
     * twice, harmlessly), never as a document without an article.
     */
    Reindexed catchUp() {
        Map<Long, Instant> indexed = index.changeTimes();
        Map<Long, Instant> published = catalog.publishedChangeTimes();
        List<Long> stale = published.entrySet().stream()
                .filter(entry -> indexed.get(entry.getKey()) == null || indexed.get(entry.getKey()).isBefore(entry.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        List<Long> gone = indexed.keySet().stream().filter(id -> !published.containsKey(id)).sorted().toList();
        for (int from = 0; from < stale.size(); from += BATCH_SIZE) {
            List<Long> batch = stale.subList(from, Math.min(stale.size(), from + BATCH_SIZE));
            transactions.executeWithoutResult(status -> index.saveAll(catalog.searchSources(batch)));
        }
        for (int from = 0; from < gone.size(); from += BATCH_SIZE) {
            List<Long> batch = gone.subList(from, Math.min(gone.size(), from + BATCH_SIZE));
            transactions.executeWithoutResult(status -> index.remove(batch));
        }
        return new Reindexed(stale.size(), gone.size());
    }

    private static boolean isLevel(PublishedStamp published, SearchIndex.Stamp indexed) {
        return published.count() == indexed.count() && Objects.equals(published.lastChange(), indexed.lastChange());
    }

    /** What the index holds against what is published; {@code level} when nothing is missing or stale. */
    record IndexStatus(long published, long indexed, boolean level) {
    }

    /** How many documents a catch-up wrote and removed; a flash attribute, so it lives in the session briefly. */
    record Reindexed(int indexed, int removed) implements Serializable {
    }
}
