package io.quire.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands failed event publications back to their listeners, so that a listener which lost a deadlock or met a
 * database restart completes without waiting for the next application start (the registry only republishes on
 * start). Publications left processing or waiting for too long are marked failed by Modulith's staleness monitor
 * ({@code spring.modulith.events.staleness.*}) and come back the same way.
 * <p>
 * Every listener may run twice, so a retry is harmless. Each publication is retried at most
 * {@code quire.events.retry.max-attempts} times, each time {@code quire.events.retry.pause} after its last attempt;
 * one that still fails is left for an operator and shows in the {@code quire.events.incomplete} gauge. Instances
 * need no lock between them: the registry claims a publication for resubmission with a conditional update.
 */
@Component
class FailedEventRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);

    private final FailedEventPublications failed;
    private final Clock clock;
    private final Duration pause;
    private final int maxAttempts;

    FailedEventRetry(FailedEventPublications failed, Clock clock,
            @Value("${quire.events.retry.pause:PT1M}") Duration pause,
            @Value("${quire.events.retry.max-attempts:5}") int maxAttempts) {
        this.failed = failed;
        this.clock = clock;
        this.pause = pause;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(fixedDelayString = "${quire.events.retry.interval:PT1M}",
            initialDelayString = "${quire.events.retry.interval:PT1M}")
    void resubmitFailed() {
        Instant pausedSince = clock.instant().minus(pause);
        // The filter, not ResubmissionOptions.withMinAge: Modulith 2.0.3's query for failed publications ORs the
        // age condition away, and the pause should count from the last attempt, not from the publication.
        failed.resubmit(ResubmissionOptions.defaults().withFilter(publication -> {
            boolean due = publication.getCompletionAttempts() < maxAttempts
                    && lastAttempt(publication).isBefore(pausedSince);
            if (due) {
                log.warn("Retrying event publication {} ({}), attempt {} of {}", publication.getIdentifier(),
                        publication.getEvent().getClass().getSimpleName(), publication.getCompletionAttempts() + 1,
                        maxAttempts);
            }
            return due;
        }));
    }

    private static Instant lastAttempt(EventPublication publication) {
        Instant resubmitted = publication.getLastResubmissionDate();
        return resubmitted != null ? resubmitted : publication.getPublicationDate();
    }
}
