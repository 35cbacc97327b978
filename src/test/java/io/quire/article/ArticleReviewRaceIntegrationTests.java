package io.quire.article;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quire.IntegrationTest;
import io.quire.TestArticles;
import io.quire.TestMembers;
import io.quire.moderation.ItemAlreadyDecidedException;
import io.quire.moderation.ModerationQueue;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two moderators deciding the same submission at once: exactly one decision wins, the other is told. */
@IntegrationTest
class ArticleReviewRaceIntegrationTests {

    @Autowired
    TestArticles articles;

    @Autowired
    TestMembers members;

    @Autowired
    ArticleReviews reviews;

    @Autowired
    ModerationQueue queue;

    @Autowired
    MockMvc mvc;

    @Test
    void whenTwoModeratorsDecideAtOnceExactlyOneWins() throws Exception {
        TestArticles.Submitted submitted = articles.submitted("Raced submission", articles.category(), "Races");
        ReviewView review = reviews.review(submitted.slug(), members.moderator().id());
        long version = review.itemVersion();
        long articleId = review.article().id();
        long publisher = members.moderator().id();
        long rejecter = members.moderator().id();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        results.add(pool.submit(() -> {
            start.await();
            return attempt(() -> reviews.publish(submitted.slug(), publisher, version));
        }));
        results.add(pool.submit(() -> {
            start.await();
            return attempt(() -> reviews.reject(submitted.slug(), rejecter, "Off topic", version));
        }));
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsOnlyOnce("won");
        assertThat(outcomes).filteredOn(o -> !o.equals("won")).hasSize(1);
        assertThat(queue.findOpen(ArticleModeration.SUBJECT, articleId)).isEmpty();
    }

    @Test
    void theModeratorWhoLosesARaceSeesWhoDecided() throws Exception {
        TestArticles.Submitted submitted = articles.submitted("Decided twice", articles.category(), "Races");
        TestMembers.Created first = members.moderator();
        long version = reviews.review(submitted.slug(), first.id()).itemVersion();
        reviews.reject(submitted.slug(), first.id(), "Not a fit", version);
        mvc.perform(post("/articles/{s}/review", submitted.slug()).with(members.as(members.moderator())).with(csrf())
                        .param("decision", "publish").param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already decided")));
    }

    private static String attempt(Runnable decision) {
        try {
            decision.run();
            return "won";
        }
        catch (ItemAlreadyDecidedException lost) {
            return "lost: " + lost.getMessage();
        }
        catch (ArticleStateException late) {
            return "late: " + late.getMessage();
        }
    }
}
