package io.quire.search;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchPermitsTests {

    final SearchPermits permits = new SearchPermits(2, Duration.ofMillis(200));
    final ExecutorService threads = Executors.newFixedThreadPool(3);
    final CountDownLatch finish = new CountDownLatch(1);

    @AfterEach
    void stop() {
        finish.countDown();
        threads.shutdownNow();
    }

    @Test
    void aThirdSearchWaitsForOneOfTheTwoRunningAndIsRefusedWhenNoneEndsInTime() throws Exception {
        CountDownLatch running = new CountDownLatch(2);
        Future<String> first = threads.submit(() -> permits.run(() -> hold(running, "first")));
        threads.submit(() -> permits.run(() -> hold(running, "second")));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> permits.run(() -> "third")).isInstanceOf(SearchBusyException.class);

        Future<String> third = threads.submit(() -> permits.run(() -> "third"));
        assertThat(third.isDone()).as("waits while both permits are taken").isFalse();
        finish.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(third.get(5, TimeUnit.SECONDS)).isEqualTo("third");
    }

    @Test
    void aSearchThatFailsGivesItsPermitBack() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> permits.run(() -> {
                throw new IllegalStateException("database gone");
            })).isInstanceOf(IllegalStateException.class);
        }
        assertThat(permits.run(() -> "answered")).isEqualTo("answered");
    }

    @Test
    void atLeastOneSearchMustBeAllowed() {
        assertThatThrownBy(() -> new SearchPermits(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("concurrent-searches");
    }

    private String hold(CountDownLatch running, String answer) {
        running.countDown();
        try {
            finish.await(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return answer;
    }
}
