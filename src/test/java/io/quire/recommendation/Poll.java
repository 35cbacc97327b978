package io.quire.recommendation;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.fail;

/** Waits for the asynchronous listeners: checks a condition every 100 ms until it holds or time runs out. */
public final class Poll {

    // A batch job recomputes every article of the run's shared database (a few hundred by then); a stuck listener
    // is marked failed after a minute (application-test.yml).
    static final Duration PATIENCE = Duration.ofSeconds(240);

    private Poll() {
    }

    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Waited " + PATIENCE.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                fail("Interrupted while waiting for " + what);
            }
        }
    }
}
