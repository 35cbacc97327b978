package io.quire.recommendation;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs batch recompute jobs on one background thread of this instance, logging progress every
 * {@value #LOG_EVERY_PERCENT} %. When the application is ready it resumes a job that a crash left running, or
 * starts the backfill when related articles were never computed (demo content is seeded without events).
 * On shutdown it stops after the current chunk; the job stays running and the next start resumes it.
 */
@Component
class RecomputeWorker implements DisposableBean {

    static final int LOG_EVERY_PERCENT = 5;

    private static final Logger log = LoggerFactory.getLogger(RecomputeWorker.class);

    private final RecomputeJobs jobs;
    private final boolean backfillOnStartup;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread worker = new Thread(runnable, "similar-reads-batch");
        worker.setDaemon(true);
        return worker;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean stopping;

    RecomputeWorker(RecomputeJobs jobs,
            @Value("${quire.recommendation.backfill-on-startup:true}") boolean backfillOnStartup) {
        this.jobs = jobs;
        this.backfillOnStartup = backfillOnStartup;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeOrBackfill() {
        if (jobs.running().isPresent() || (backfillOnStartup && jobs.needsBackfill())) {
            submit(jobs.start(null));
        }
    }

    /** Works on the job in the background unless this instance already works on one. */
    void submit(long jobId) {
        if (busy.compareAndSet(false, true)) {
            thread.execute(() -> {
                try {
                    runToCompletion(jobId);
                }
                catch (RuntimeException failed) {
                    log.error("Similar reads: recompute job {} stopped; it resumes on the next start or when an "
                            + "admin starts a recompute", jobId, failed);
                }
                finally {
                    busy.set(false);
                }
            });
        }
    }

    /** Works through the job on the calling thread until it is done or the application stops. */
    void runToCompletion(long jobId) {
        int logged = -1;
        while (!stopping && jobs.processChunk(jobId)) {
            RecomputeJobView job = jobs.find(jobId).orElseThrow();
            int step = job.percent() / LOG_EVERY_PERCENT;
            if (step != logged) {
                logged = step;
                log.info("Similar reads: recompute job {} at {}% (pass {} of {}: {}, {} of {} articles)", jobId,
                        job.percent(), job.phaseNumber(), job.phases(), job.phase(), job.done(), job.total());
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        thread.shutdown();
        if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("Similar reads: the recompute chunk in progress did not finish; it is redone on the next start");
        }
    }
}
