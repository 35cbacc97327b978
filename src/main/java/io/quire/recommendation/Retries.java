package io.quire.recommendation;

import java.util.function.Supplier;

import org.springframework.dao.ConcurrencyFailureException;

/**
 * Retries a short transaction that lost a lock race. Recomputes of neighbouring articles run concurrently
 * and touch the same hot rows (document frequencies of common words, the same article's related rows);
 * InnoDB resolves the rare deadlock by failing one side, which simply tries again.
 */
final class Retries {

    static final int ATTEMPTS = 4;

    private Retries() {
    }

    static <T> T onConflict(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            }
            catch (ConcurrencyFailureException lost) {
                if (attempt == ATTEMPTS) {
                    throw lost;
                }
                sleep(attempt * 20L);
            }
        }
    }

    static void onConflict(Runnable work) {
        onConflict(() -> {
            work.run();
            return null;
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying", ex);
        }
    }
}
