package io.quire.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.quire.search.RecentSearches.Key;
import io.quire.search.RecentSearches.Page;
import io.quire.search.SearchIndex.Filter;
import io.quire.search.SearchIndex.Query;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class RecentSearchesTests {

    final RecentSearches recent = new RecentSearches(Duration.ofMinutes(1), 100);
    final AtomicInteger searches = new AtomicInteger();

    @Test
    void theSamePageOfTheSameSearchIsComputedOnceAndAnotherPageOrFilterAgain() {
        Key java = new Key(new Query("java", "java"), List.of("java"), Filter.NONE, 0);
        assertThat(get(java)).isSameAs(get(java));
        get(new Key(new Query("java", "java"), List.of("java"), Filter.NONE, 1));
        get(new Key(new Query("java", "java"), List.of("java"), new Filter(List.of(3L), null, null), 0));
        assertThat(searches).hasValue(3);
    }

    @Test
    void aChangeToTheIndexForgetsEverythingButOnlyOnceItsTransactionCommits() {
        Key java = new Key(new Query("java", "java"), List.of("java"), Filter.NONE, 0);
        get(java);
        TransactionSynchronizationManager.initSynchronization();
        try {
            recent.indexChanged();
            get(java);
            assertThat(searches).as("not committed yet").hasValue(1);
            TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        }
        finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        get(java);
        assertThat(searches).hasValue(2);
        recent.indexChanged();
        get(java);
        assertThat(searches).as("outside a transaction: at once").hasValue(3);
    }

    @Test
    void aSearchThatReadTheIndexBeforeAChangeCommittedIsNotServedAfterIt() {
        Key java = new Key(new Query("java", "java"), List.of("java"), Filter.NONE, 0);
        recent.get(java, () -> {
            searches.incrementAndGet();
            recent.indexChanged();
            return new Page(List.of(), 0, 0, 0, false);
        });
        get(java);
        assertThat(searches).as("the page stored after the change is not found").hasValue(2);
    }

    private Page get(Key key) {
        return recent.get(key, () -> {
            searches.incrementAndGet();
            return new Page(List.of(), 0, 0, 0, false);
        });
    }
}
