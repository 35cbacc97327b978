package io.quire.recommendation;

import java.time.Instant;

import io.quire.recommendation.RecomputeJobs.Phase;

/**
 * A batch recompute as the admin page shows it.
 *
 * @param done  articles processed so far, over all passes
 * @param total articles to process over all passes, counted when the job started
 */
record RecomputeJobView(long id, boolean running, Phase phase, int done, int total, Instant startedAt,
        Instant updatedAt, Instant finishedAt) {

    /** Whole percent done, 0 to 100 (articles published during the job can push {@code done} past the estimate). */
    public int percent() {
        if (!running) {
            return 100;
        }
        return total == 0 ? 0 : Math.min(99, (int) (100L * done / total));
    }

    /** The current pass, 1 to 3. */
    public int phaseNumber() {
        return phase.ordinal() + 1;
    }

    public int phases() {
        return Phase.values().length;
    }
}
