package io.quire.notification;

import java.util.List;
import java.util.UUID;

import io.quire.IntegrationTest;
import io.quire.TestMembers;
import io.quire.TestMembers.Created;
import io.quire.article.ArticleRef;
import io.quire.article.ArticleReviewed;
import io.quire.article.ArticleReviews;
import io.quire.article.ArticleStatus;
import io.quire.article.PublishedArticles;
import io.quire.comment.CommentPosted;
import io.quire.comment.CommentService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NotificationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    PublishedArticles articles;

    @Autowired
    ArticleReviews reviews;

    @Autowired
    CommentService comments;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    NotificationCounts counts;

    @Autowired
    JdbcClient jdbc;

    Created author;
    Created ada;
    ArticleRef article;

    @BeforeEach
    void publishAnArticle() {
        author = members.member();
        ada = members.member();
        article = articles.publishBy(author.id());
        Eventually.until("the author hears of the publication", () -> kindsOf(author).contains("ARTICLE_PUBLISHED"));
    }

    @Test
    void aCommentNotifiesTheArticleAuthorAndAReplyTheAuthorOfTheCommentRepliedTo() {
        Created bob = members.member();
        long top = commentAs(ada, "Nice article", null);
        Eventually.until("the author hears of the comment", () -> kindsOf(author).contains("ARTICLE_COMMENT"));
        commentAs(bob, "I agree with Ada", top);
        Eventually.until("Ada hears of the reply", () -> kindsOf(ada).contains("COMMENT_REPLY"));
        Eventually.until("the author hears of the second comment", () -> count(author, "ARTICLE_COMMENT") == 2);
        assertThat(kindsOf(bob)).isEmpty();
    }

    @Test
    void nobodyIsNotifiedOfTheirOwnActionAndTheAuthorRepliedToHearsOnce() {
        long top = commentAs(author, "Author's own comment", null);
        long reply = commentAs(ada, "Reply to the author", top);
        commentAs(ada, "Ada replies to herself", reply);
        Eventually.until("the author hears of the reply", () -> kindsOf(author).contains("COMMENT_REPLY"));
        // Give stray listeners the chance to misbehave before checking nothing else came.
        Eventually.until("all comment events are handled", () -> jdbc.sql("""
                select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null
                and EVENT_TYPE like '%CommentPosted'""").query(Long.class).single() == 0);
        assertThat(kindsOf(author)).containsExactlyInAnyOrder("ARTICLE_PUBLISHED", "COMMENT_REPLY", "ARTICLE_COMMENT");
        assertThat(kindsOf(ada)).isEmpty();
    }

    @Test
    void anEventDeliveredTwiceMakesOneNotification() {
        long fakeComment = Long.MAX_VALUE - System.nanoTime() % 100_000;
        CommentPosted posted = new CommentPosted(fakeComment, article.id(), ada.id(), null, null, author.id());
        ArticleReviewed reviewed = new ArticleReviewed(article.id(), author.id(), ArticleStatus.REJECTED, "Off topic",
                members.moderator().id());
        // Only this test's own publications to the notification listeners: other modules' listeners may fail on
        // the made-up comment, and another test's failed listener may leave one of its own behind.
        String ours = """
                select count(*) from EVENT_PUBLICATION
                 where LISTENER_ID like '%notification%'
                   and ((EVENT_TYPE like '%CommentPosted' and SERIALIZED_EVENT like :comment)
                     or (EVENT_TYPE like '%ArticleReviewed' and SERIALIZED_EVENT like :article
                         and SERIALIZED_EVENT like '%"REJECTED"%'))""";
        String comment = "%\"commentId\":" + fakeComment + ",%";
        String reviewedArticle = "%\"articleId\":" + article.id() + ",%";
        // A redelivery comes after the first delivery was handled (the registry republishes on restart), so the
        // second waits for the first.
        for (int delivery = 1; delivery <= 2; delivery++) {
            transactions.executeWithoutResult(status -> {
                events.publishEvent(posted);
                events.publishEvent(reviewed);
            });
            assertThat(jdbc.sql(ours).param("comment", comment).param("article", reviewedArticle).query(Long.class)
                    .single()).as("publications found by the filter").isEqualTo(2L * delivery);
            Eventually.until("delivery " + delivery + " is handled", () -> jdbc.sql(ours + " and COMPLETION_DATE is null")
                    .param("comment", comment).param("article", reviewedArticle).query(Long.class).single() == 0);
        }
        assertThat(count(author, "ARTICLE_COMMENT")).isEqualTo(1);
        assertThat(count(author, "ARTICLE_REJECTED")).isEqualTo(1);
    }

    @Test
    void authorsHearWhenTheirArticleIsSentBackOrRejected() {
        Created moderator = members.moderator();
        String sentBack = articles.submitBy(author.id());
        reviews.sendBack(sentBack, moderator.id(), "Add an example", null);
        String rejected = articles.submitBy(author.id());
        reviews.reject(rejected, moderator.id(), "Duplicate", null);
        Eventually.until("the author hears both decisions",
                () -> kindsOf(author).containsAll(List.of("ARTICLE_SENT_BACK", "ARTICLE_REJECTED")));
        assertThat(jdbc.sql("select detail from notification where recipient_id = ? and kind = 'ARTICLE_SENT_BACK'")
                .param(author.id()).query(String.class).single()).isEqualTo("Add an example");
    }

    @Test
    void theBellShowsTheUnreadCountToMembersOnly() throws Exception {
        commentAs(ada, "Hello", null);
        Eventually.until("two unread", () -> count(author, null) == 2);
        Eventually.until("the cached count catches up", () -> counts.unreadFor(author.id()) == 2);
        mvc.perform(get(article.path()).with(members.as(author)))
                .andExpect(content().string(allOf(containsString("href=\"/me/notifications\""),
                        containsString("<span class=\"badge\">2</span>"))));
        mvc.perform(get(article.path())).andExpect(content().string(not(containsString("class=\"bell\""))));
    }

    @Test
    void membersReadTheirNotificationsOneByOneOrAllAtOnce() throws Exception {
        commentAs(ada, "First", null);
        Eventually.until("two notifications", () -> count(author, null) == 2);
        long commentNote = jdbc.sql("select id from notification where recipient_id = ? and kind = 'ARTICLE_COMMENT'")
                .param(author.id()).query(Long.class).single();
        mvc.perform(get("/me/notifications").with(members.as(author)))
                .andExpect(content().string(allOf(containsString("id=\"notification-" + commentNote + "\""),
                        containsString("commented on your article"), containsString(article.title()))));
        mvc.perform(post("/me/notifications/" + commentNote + "/read").with(members.as(author)).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"notification-" + commentNote + "\""),
                        not(containsString("Mark as read")), not(containsString("<html")))));
        assertThat(counts.unreadFor(author.id())).isEqualTo(1);
        mvc.perform(post("/me/notifications/read-all").with(members.as(author)).with(csrf()))
                .andExpect(redirectedUrl("/me/notifications"));
        assertThat(counts.unreadFor(author.id())).isZero();
        mvc.perform(post("/me/notifications/read-all").with(members.as(author)).with(csrf()).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("id=\"notification-list\""), not(containsString("<html")))));
    }

    @Test
    void nobodyReadsAnotherMembersNotifications() throws Exception {
        long note = jdbc.sql("select id from notification where recipient_id = ?").param(author.id())
                .query(Long.class).list().get(0);
        mvc.perform(post("/me/notifications/" + note + "/read").with(members.as(ada)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/me/notifications/" + note + "/read").with(members.as(author)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/me/notifications")).andExpect(redirectedUrl("/login"));
        assertThat(counts.unreadFor(author.id())).isEqualTo(1);
        mvc.perform(post("/me/notifications/" + note + "/read").with(members.as(author)).with(csrf()))
                .andExpect(redirectedUrl("/me/notifications#notification-" + note));
    }

    private long commentAs(Created member, String text, Long replyTo) {
        return comments.post(article.slug(), member.id(), text, replyTo, UUID.randomUUID().toString()).comment().id();
    }

    private List<String> kindsOf(Created member) {
        return jdbc.sql("select kind from notification where recipient_id = ?").param(member.id())
                .query(String.class).list();
    }

    private long count(Created member, String kind) {
        return kindsOf(member).stream().filter(k -> kind == null || k.equals(kind)).count();
    }
}
