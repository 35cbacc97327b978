package io.quire.site;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.quire.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances, each with its own page cache, sharing one database: a change committed on one evicts the
 * other's copies of that scope at its next poll, and only those; a rolled back change evicts nothing.
 */
@IntegrationTest
class PageChangePollerIntegrationTests {

    static final PageCacheProperties PROPERTIES =
            new PageCacheProperties(true, DataSize.ofMegabytes(1), DataSize.ofMegabytes(1), Duration.ofHours(1), Duration.ofSeconds(10));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    Instance one;
    Instance two;
    String scope;
    String otherScope;

    @BeforeEach
    void startTwoInstances() {
        one = new Instance();
        two = new Instance();
        scope = "test:" + UUID.randomUUID();
        otherScope = "test:" + UUID.randomUUID();
    }

    @Test
    void aChangeCommittedOnOneInstanceEvictsThatScopeOnTheOtherAtItsNextPoll() {
        PageKey page = one.cache(scope);
        PageKey samePageThere = two.cache(scope);
        PageKey unrelated = two.cache(otherScope);

        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> one.changes.changed(List.of(scope)));
        assertThat(one.cache.get(page)).as("evicted where the change was made, after its commit").isNull();
        assertThat(two.cache.get(samePageThere)).as("the other instance has not polled yet").isNotNull();
        PageKey renderedAgainHere = one.cache(scope);
        one.poller.poll();
        assertThat(one.cache.get(renderedAgainHere)).as("its own change is not evicted twice").isNotNull();

        two.poller.poll();
        assertThat(two.cache.get(samePageThere)).isNull();
        assertThat(two.cache.get(unrelated)).isNotNull();

        PageKey renderedAgain = two.cache(scope);
        two.poller.poll();
        assertThat(two.cache.get(renderedAgain)).as("a change is applied once, not at every poll").isNotNull();
    }

    @Test
    void aChangeWhoseTransactionRollsBackEvictsNothingAnywhere() {
        PageKey page = one.cache(scope);
        PageKey samePageThere = two.cache(scope);

        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            one.changes.changed(List.of(scope));
            tx.setRollbackOnly();
        });
        two.poller.poll();

        assertThat(one.cache.get(page)).isNotNull();
        assertThat(two.cache.get(samePageThere)).isNotNull();
    }

    /** What each instance of Quire holds: its own cache, its own poller, one shared database. */
    private final class Instance {

        final PageCache cache = new PageCache(PROPERTIES);
        final PageChangePoller poller = new PageChangePoller(jdbc, cache, PROPERTIES);
        final PageChanges changes = new PageChanges(jdbc, cache, poller);

        Instance() {
            // Changes other tests made lately are this instance's first poll's business, not the test's.
            poller.poll();
        }

        PageKey cache(String scope) {
            PageKey key = new PageKey("/articles/" + UUID.randomUUID(), "", Locale.ENGLISH, false);
            cache.put(key, CachedPage.of("<p>page</p>".getBytes(StandardCharsets.UTF_8), "text/html", Locale.ENGLISH,
                    Set.of(scope), () -> { }, Instant.now()), cache.evictionCount());
            return key;
        }
    }
}
