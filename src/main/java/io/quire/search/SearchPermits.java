package io.quire.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many searches this instance runs against the database at once ({@code quire.search.concurrent-searches});
 * the others wait their turn in the order they came. A FULLTEXT query ranks every article holding a word, so
 * sixty-four new searches at once (a bench burst, a crawler, a link shared widely) each took several times as
 * long as alone, the database switching between all of them while article pages and writes waited for its CPU.
 * Taking them in turns finishes the same work sooner: on the 100k-article bench, where 300 new searches arrive
 * in the first second, the slowest answer fell from 2.5-3.2 s to 1.3-1.4 s. Searches answered from
 * {@link RecentSearches} need no permit.
 * <p>
 * A search that waits longer than {@code quire.search.queue-timeout} is refused with {@link SearchBusyException}
 * rather than queued without end, so a flood cannot hold every request thread.
 */
@Component
class SearchPermits {

    private final Semaphore permits;
    private final Duration timeout;

    SearchPermits(@Value("${quire.search.concurrent-searches:2}") int concurrent,
            @Value("${quire.search.queue-timeout:PT10S}") Duration timeout) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("quire.search.concurrent-searches must be at least 1, not " + concurrent);
        }
        this.permits = new Semaphore(concurrent, true);
        this.timeout = timeout;
    }

    /** Runs {@code search} once a permit is free. */
    <T> T run(Supplier<T> search) {
        try {
            if (!permits.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new SearchBusyException(timeout);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new SearchBusyException(timeout);
        }
        try {
            return search.get();
        }
        finally {
            permits.release();
        }
    }
}
