package io.quire.shared;

import java.time.Duration;

import io.quire.IntegrationTest;
import io.quire.TestMembers;
import io.quire.TestMembers.Created;
import io.quire.article.ArticleRef;
import io.quire.article.PublishedArticles;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A publication whose listener failed (here: the author's "published" notification, as if its transaction had
 * lost a deadlock) is handed back to the listener by the retry round, without a restart.
 */
@IntegrationTest
class FailedEventRetryIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    FailedEventRetry retry;

    @Autowired
    PublishedArticles articles;

    @Autowired
    TestMembers members;

    @Autowired
    JdbcClient jdbc;

    Created author;
    ArticleRef article;
    String publication;

    @BeforeEach
    void publishAndWaitForTheNotification() {
        author = members.member();
        article = articles.publishBy(author.id());
        await().atMost(PATIENCE).until(() -> notifications() == 1);
        publication = jdbc.sql("""
                select ID from EVENT_PUBLICATION
                 where LISTENER_ID like '%NotificationListeners%' and EVENT_TYPE like '%ArticleReviewed'
                   and SERIALIZED_EVENT like :article""")
                .param("article", "%\"articleId\":" + article.id() + ",%").query(String.class).single();
        await().atMost(PATIENCE).until(() -> completed(publication));
    }

    @Test
    void aFailedPublicationIsRetriedAndItsListenerCompletes() {
        jdbc.sql("delete from notification where recipient_id = ?").param(author.id()).update();
        failedMinutesAgo(2, 0);

        retry.resubmitFailed();

        await().atMost(PATIENCE).until(() -> completed(publication));
        assertThat(notifications()).isEqualTo(1);
        assertThat(jdbc.sql("select COMPLETION_ATTEMPTS from EVENT_PUBLICATION where ID = ?").param(publication)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aFreshFailureWaitsAndOneThatFailedTooOftenIsLeftForAnOperator() {
        jdbc.sql("delete from notification where recipient_id = ?").param(author.id()).update();
        failedMinutesAgo(0, 0);
        retry.resubmitFailed();
        assertThat(status()).as("failed seconds ago: not retried yet").isEqualTo("FAILED");

        failedMinutesAgo(2, 5);
        retry.resubmitFailed();
        assertThat(status()).as("failed five times already").isEqualTo("FAILED");
        assertThat(notifications()).isZero();
    }

    private void failedMinutesAgo(int minutes, int attempts) {
        jdbc.sql("""
                update EVENT_PUBLICATION
                   set STATUS = 'FAILED', COMPLETION_DATE = null, COMPLETION_ATTEMPTS = :attempts, LAST_RESUBMISSION_DATE = null,
                       PUBLICATION_DATE = timestampadd(MINUTE, -:minutes, now(6))
                 where ID = :id""")
                .param("attempts", attempts).param("minutes", minutes).param("id", publication).update();
    }

    private boolean completed(String id) {
        return "COMPLETED".equals(jdbc.sql("select STATUS from EVENT_PUBLICATION where ID = ?").param(id)
                .query(String.class).single());
    }

    private String status() {
        return jdbc.sql("select STATUS from EVENT_PUBLICATION where ID = ?").param(publication).query(String.class)
                .single();
    }

    private long notifications() {
        return jdbc.sql("select count(*) from notification where recipient_id = ?").param(author.id())
                .query(Long.class).single();
    }
}
