package io.quire.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.quire.IntegrationTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new search that cannot get its turn within {@code quire.search.queue-timeout} (1 s in tests) gets the busy page
 * over real HTTP, rendered by the error pages like any other, and the next one once a permit is free gets results.
 */
@IntegrationTest
class SearchBusyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    SearchPermits permits;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSearchWithNoFreePermitGetsTheBusyPageAndRetryAfter() throws Exception {
        String query = "busy" + UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch taken = new CountDownLatch(2);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService holders = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2; i++) {
                holders.submit(() -> permits.run(() -> {
                    taken.countDown();
                    return await(done);
                }));
            }
            assertThat(taken.await(5, TimeUnit.SECONDS)).isTrue();

            HttpResponse<String> refused = search(query);

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(refused.body()).contains("Busy right now").contains("try again in a few seconds");
        }
        finally {
            done.countDown();
            holders.shutdown();
            holders.awaitTermination(5, TimeUnit.SECONDS);
        }
        HttpResponse<String> answered = search(query);
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("id=\"search-results\"");
    }

    private HttpResponse<String> search(String query) throws Exception {
        // As a browser asks: without it, the error comes back as JSON.
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/search?q=" + query))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
