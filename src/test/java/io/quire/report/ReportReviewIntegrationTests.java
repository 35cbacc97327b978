package io.quire.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import io.quire.IntegrationTest;
import io.quire.TestMembers;
import io.quire.TestMembers.Created;
import io.quire.account.MemberService;
import io.quire.article.ArticleRef;
import io.quire.article.PublishedArticles;
import io.quire.comment.CommentService;
import io.quire.comment.CommentStatus;
import io.quire.comment.CommentThreads;
import io.quire.moderation.ModerationQueue;
import io.quire.moderation.Outcome;
import io.quire.moderation.QueueItemView;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
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
class ReportReviewIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    PublishedArticles articles;

    @Autowired
    CommentService comments;

    @Autowired
    CommentThreads threads;

    @Autowired
    ModerationQueue queue;

    @Autowired
    MemberService memberService;

    @Autowired
    JdbcClient jdbc;

    Created author;
    Created ada;
    Created bob;
    Created moderator;
    ArticleRef article;
    long commentId;

    @BeforeEach
    void aReportedComment() throws Exception {
        author = members.member();
        ada = members.member();
        bob = members.member();
        moderator = members.moderator();
        article = articles.publish();
        commentId = comments.post(article.slug(), author.id(), "You are all idiots", null,
                UUID.randomUUID().toString()).comment().id();
        report(ada, "ABUSIVE", "Insults everyone");
        report(bob, "SPAM", "");
    }

    @Test
    void moderatorsSeeTheCommentAndTheGroupedReasons() throws Exception {
        mvc.perform(get(reviewPath()).with(members.as(moderator)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("You are all idiots"), containsString("2 reports"),
                        containsString("Insults everyone"), containsString("Abusive or harassing"),
                        containsString("Delete the comment"))));
    }

    @Test
    void membersAreForbiddenAndAnonymousVisitorsLogIn() throws Exception {
        mvc.perform(get(reviewPath()).with(members.as(members.member()))).andExpect(status().isForbidden());
        mvc.perform(get(reviewPath())).andExpect(redirectedUrl("/login"));
        mvc.perform(decision(members.member(), "DISMISS", "nothing")).andExpect(status().isForbidden());
        mvc.perform(post(reviewPath()).param("itemId", String.valueOf(item().id()))
                        .param("version", String.valueOf(item().version())).param("decision", "DISMISS")
                        .param("reason", "no csrf").with(members.as(moderator)))
                .andExpect(status().isForbidden());
        assertThat(item().isOpen()).isTrue();
    }

    @Test
    void nobodyDecidesReportsOnWhatTheyWroteOrReported() throws Exception {
        Created writer = members.moderator();
        long own = comments.post(article.slug(), writer.id(), "Moderators write too", null,
                UUID.randomUUID().toString()).comment().id();
        mvc.perform(post("/comments/{id}/reports", own).param("reason", "SPAM").with(members.as(ada)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        QueueItemView item = queue.findOpen("comment", own).orElseThrow();
        mvc.perform(post("/reports/comment/{id}", own).param("itemId", String.valueOf(item.id()))
                        .param("version", String.valueOf(item.version())).param("decision", "DISMISS")
                        .param("reason", "mine").with(members.as(writer)).with(csrf()))
                .andExpect(status().isForbidden());

        Created reportingModerator = members.moderator();
        report(reportingModerator, "OTHER", "");
        mvc.perform(get(reviewPath()).with(members.as(reportingModerator)))
                .andExpect(content().string(containsString("You wrote or reported this")));
        mvc.perform(decision(reportingModerator, "DISMISS", "mine")).andExpect(status().isForbidden());
        assertThat(item().isOpen()).isTrue();
    }

    @Test
    void everyDecisionNeedsAReason() throws Exception {
        mvc.perform(decision(moderator, "HIDE", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give a reason for the decision.")));
        mvc.perform(decision(moderator, "SUSPEND", "Repeated abuse"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Choose the last day of the suspension."),
                        containsString("Repeated abuse"))));
        assertThat(item().isOpen()).isTrue();
    }

    @Test
    void dismissingShowsAHeldCommentAgainAndTellsTheReporters() throws Exception {
        report(members.member(), "SPAM", "");
        assertThat(commentStatus()).isEqualTo(CommentStatus.HIDDEN);
        long itemId = item().id();

        mvc.perform(decision(moderator, "DISMISS", "Harsh but within the rules"))
                .andExpect(redirectedUrl("/moderation"));

        assertThat(commentStatus()).isEqualTo(CommentStatus.VISIBLE);
        assertThat(queue.find(itemId).orElseThrow().outcome()).isEqualTo(Outcome.DISMISSED);
        assertThat(openReports()).isZero();
        eventually("the reporters hear the decision", () -> notified(ada, "REPORT_DISMISSED")
                && notified(bob, "REPORT_DISMISSED"));
        assertThat(jdbc.sql("SELECT detail FROM notification WHERE recipient_id = ? AND kind = 'REPORT_DISMISSED'")
                .param(ada.id()).query(String.class).single()).isEqualTo("Harsh but within the rules");
    }

    @Test
    void hidingTheCommentKeepsItHiddenAndIsAudited() throws Exception {
        long itemId = item().id();
        mvc.perform(decision(moderator, "HIDE", "Insults")).andExpect(redirectedUrl("/moderation"));
        assertThat(commentStatus()).isEqualTo(CommentStatus.HIDDEN);
        assertThat(jdbc.sql("SELECT action FROM moderation_audit WHERE item_id = ? ORDER BY id").param(itemId)
                .query(String.class).list()).contains("RESOLVED");
        eventually("the reporters hear the decision", () -> notified(ada, "REPORT_UPHELD"));
    }

    @Test
    void deletingTheCommentRemovesItsText() throws Exception {
        mvc.perform(decision(moderator, "DELETE", "Insults")).andExpect(redirectedUrl("/moderation"));
        assertThat(commentStatus()).isEqualTo(CommentStatus.DELETED);
        assertThat(jdbc.sql("SELECT action FROM comment_moderation_log WHERE comment_id = ?").param(commentId)
                .query(String.class).list()).containsExactly("DELETE");
        eventually("the reporters hear the decision", () -> notified(bob, "REPORT_UPHELD"));
    }

    @Test
    void warningTheAuthorTellsThemWhy() throws Exception {
        mvc.perform(decision(moderator, "WARN", "Please keep it civil")).andExpect(redirectedUrl("/moderation"));
        assertThat(commentStatus()).isEqualTo(CommentStatus.VISIBLE);
        eventually("the author hears the warning", () -> notified(author, "AUTHOR_WARNED"));
        assertThat(jdbc.sql("SELECT detail FROM notification WHERE recipient_id = ? AND kind = 'AUTHOR_WARNED'")
                .param(author.id()).query(String.class).single()).isEqualTo("Please keep it civil");
    }

    @Test
    void suspendingTheAuthorBlocksThemUntilTheDayEndsWithTheReason() throws Exception {
        LocalDate until = LocalDate.now(ZoneOffset.UTC).plusDays(7);
        mvc.perform(decision(moderator, "SUSPEND", "Repeated abuse").param("suspendUntil", until.toString()))
                .andExpect(redirectedUrl("/moderation"));
        MemberService.Suspension suspension = memberService.activeSuspension(author.id()).orElseThrow();
        assertThat(suspension.reason()).isEqualTo("Repeated abuse");
        assertThat(suspension.until()).isEqualTo(until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(item().isOpen()).isFalse();
    }

    @Test
    void ofTwoModeratorsDecidingAtOnceTheSecondIsToldWhoWon() throws Exception {
        QueueItemView seen = item();
        Created other = members.moderator();
        mvc.perform(decision(moderator, "HIDE", "Insults", seen)).andExpect(redirectedUrl("/moderation"));
        mvc.perform(decision(other, "DISMISS", "Fine", seen))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(moderator.username())));
        assertThat(commentStatus()).isEqualTo(CommentStatus.HIDDEN);
        assertThat(queue.find(seen.id()).orElseThrow().outcome()).isEqualTo(Outcome.CONTENT_HIDDEN);
    }

    @Test
    void articlesOfferHidingButNoDeletingAndOtherDecisionsWork() throws Exception {
        Created writer = members.member();
        ArticleRef reported = articles.publishBy(writer.id());
        reportArticle(reported, ada);
        mvc.perform(get("/reports/article/{id}", reported.id()).with(members.as(moderator)))
                .andExpect(content().string(allOf(containsString("Warn the author"), containsString("Hide the article"),
                        containsString("Articles are never deleted"), not(containsString("Hide the comment")),
                        not(containsString("Delete the comment")))));
        QueueItemView item = queue.findLatest("article", reported.id()).orElseThrow();
        mvc.perform(articleDecision(reported, item, "DELETE", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only comments can be deleted")));
        mvc.perform(articleDecision(reported, item, "WARN", "Check your sources"))
                .andExpect(redirectedUrl("/moderation"));
        eventually("the author hears the warning", () -> notified(writer, "AUTHOR_WARNED"));
        eventually("the reporter hears the decision", () -> notified(ada, "REPORT_UPHELD"));
        mvc.perform(get(reported.path())).andExpect(status().isOk());
    }

    @Test
    void hidingAReportedArticleTakesItDownAndTellsTheAuthorAndTheReporters() throws Exception {
        Created writer = members.member();
        ArticleRef reported = articles.publishBy(writer.id());
        reportArticle(reported, ada);
        reportArticle(reported, bob);
        QueueItemView item = queue.findLatest("article", reported.id()).orElseThrow();

        mvc.perform(articleDecision(reported, item, "HIDE", "Plagiarised from a textbook"))
                .andExpect(redirectedUrl("/moderation"));

        assertThat(queue.find(item.id()).orElseThrow().outcome()).isEqualTo(Outcome.CONTENT_HIDDEN);
        assertThat(jdbc.sql("SELECT status FROM article WHERE id = ?").param(reported.id()).query(String.class)
                .single()).isEqualTo("HIDDEN");
        assertThat(jdbc.sql("SELECT reason FROM article_visibility_change WHERE article_id = ? AND action = 'HIDDEN'")
                .param(reported.id()).query(String.class).list()).containsExactly("Plagiarised from a textbook");
        mvc.perform(get(reported.path())).andExpect(status().isGone());
        eventually("the author hears why", () -> notified(writer, "ARTICLE_HIDDEN"));
        assertThat(jdbc.sql("SELECT detail FROM notification WHERE recipient_id = ? AND kind = 'ARTICLE_HIDDEN'")
                .param(writer.id()).query(String.class).single()).isEqualTo("Plagiarised from a textbook");
        eventually("the reporters hear the decision", () -> notified(ada, "REPORT_UPHELD")
                && notified(bob, "REPORT_UPHELD"));
    }

    private void reportArticle(ArticleRef reported, Created member) throws Exception {
        mvc.perform(post("/articles/{s}/reports", reported.slug()).param("reason", "INCORRECT")
                .with(members.as(member)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder articleDecision(ArticleRef reported, QueueItemView item, String decision,
            String reason) {
        return post("/reports/article/{id}", reported.id()).param("itemId", String.valueOf(item.id()))
                .param("version", String.valueOf(item.version())).param("decision", decision).param("reason", reason)
                .with(members.as(moderator)).with(csrf());
    }

    private void report(Created member, String reason, String details) throws Exception {
        mvc.perform(post("/comments/{id}/reports", commentId).param("reason", reason).param("details", details)
                .with(members.as(member)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder decision(Created member, String decision, String reason) {
        return decision(member, decision, reason, item());
    }

    private MockHttpServletRequestBuilder decision(Created member, String decision, String reason,
            QueueItemView item) {
        return post(reviewPath()).param("itemId", String.valueOf(item.id()))
                .param("version", String.valueOf(item.version())).param("decision", decision).param("reason", reason)
                .with(members.as(member)).with(csrf());
    }

    private String reviewPath() {
        return "/reports/comment/" + commentId;
    }

    private QueueItemView item() {
        return queue.findLatest("comment", commentId).orElseThrow();
    }

    private CommentStatus commentStatus() {
        return threads.find(commentId).orElseThrow().status();
    }

    private long openReports() {
        return jdbc.sql("SELECT COUNT(*) FROM report WHERE target_type = 'COMMENT' AND target_id = ? AND status = 'OPEN'")
                .param(commentId).query(Long.class).single();
    }

    private boolean notified(Created member, String kind) {
        List<String> kinds = jdbc.sql("SELECT kind FROM notification WHERE recipient_id = ?").param(member.id())
                .query(String.class).list();
        return kinds.contains(kind);
    }

    private static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                fail("Interrupted waiting until " + what);
            }
        }
    }
}
