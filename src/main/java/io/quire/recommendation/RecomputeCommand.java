package io.quire.recommendation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --quire.recommendation.recompute-all=true}: recomputes every article's similar reads (joining a job
 * that is already running, or resuming one a crash left behind), then exits. Runs after every other
 * runner, so demo content is seeded first. See {@code docs/recommendations.md}.
 */
@Component
@ConditionalOnProperty(name = "quire.recommendation.recompute-all", havingValue = "true")
@Order(Ordered.LOWEST_PRECEDENCE)
class RecomputeCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RecomputeCommand.class);

    private final RecomputeJobs jobs;
    private final RecomputeWorker worker;
    private final ConfigurableApplicationContext context;

    RecomputeCommand(RecomputeJobs jobs, RecomputeWorker worker, ConfigurableApplicationContext context) {
        this.jobs = jobs;
        this.worker = worker;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        long jobId = jobs.start(null);
        worker.runToCompletion(jobId);
        boolean done = jobs.find(jobId).filter(job -> !job.running()).isPresent();
        log.info(done ? "Similar reads: every article recomputed; exiting"
                : "Similar reads: recompute interrupted; it resumes on the next start");
        System.exit(SpringApplication.exit(context, () -> done ? 0 : 1));
    }
}
