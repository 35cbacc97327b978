package io.quire.report;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quire.IntegrationTest;
import io.quire.Sessions;
import io.quire.TestMembers;
import io.quire.TestMembers.Created;
import io.quire.article.ArticleRef;
import io.quire.article.PublishedArticles;
import io.quire.comment.CommentService;
import io.quire.comment.CommentStatus;
import io.quire.comment.CommentThreads;
import io.quire.moderation.ItemKind;
import io.quire.moderation.ModerationQueue;
import io.quire.moderation.Priority;
import io.quire.moderation.QueueItemView;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class ReportIntegrationTests {

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
    Reports reports;

    @Autowired
    ReportTargets targets;

    @Autowired
    JdbcClient jdbc;

    Created author;
    ArticleRef article;
    long commentId;

    @BeforeEach
    void aCommentUnderAnArticle() {
        author = members.member();
        article = articles.publish();
        commentId = comments.post(article.slug(), author.id(), "Buy cheap watches here", null,
                UUID.randomUUID().toString()).comment().id();
    }

    @Test
    void aMemberReportsACommentAndIsThanked() throws Exception {
        Created ada = members.member();
        mvc.perform(get("/comments/{id}/report", commentId).with(members.as(ada)))
                .andExpect(status().isOk()).andExpect(view().name(ReportController.VIEW))
                .andExpect(content().string(containsString("Why are you reporting this?")));
        mvc.perform(report(ada, "SPAM", "Advertising").header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(view().name(ReportController.VIEW + " :: report-dialog"))
                .andExpect(content().string(containsString("Thank you for your report")));
        assertThat(openReports()).isEqualTo(1);
    }

    @Test
    void aSecondReportBySameMemberIsAcknowledgedPolitelyAndNotFiled() throws Exception {
        Created ada = members.member();
        mvc.perform(report(ada, "SPAM", "")).andExpect(redirectedUrl("/comments/" + commentId))
                .andExpect(flash().attribute("notice", "report.thanks"));
        mvc.perform(report(ada, "ABUSIVE", "")).andExpect(redirectedUrl("/comments/" + commentId))
                .andExpect(flash().attribute("notice", "report.already"));
        mvc.perform(get("/comments/{id}/report", commentId).with(members.as(ada)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("You have already reported this"),
                        not(containsString("Send report")))));
        assertThat(openReports()).isEqualTo(1);
    }

    @Test
    void concurrentDuplicateReportsFileExactlyOne() throws Exception {
        Created ada = members.member();
        ReportTarget target = targets.comment(commentId);
        int posts = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(posts);
        try {
            List<Future<ReportResult>> results = new ArrayList<>();
            for (int i = 0; i < posts; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return reports.report(target, ada.id(), new ReportForm(ReportReason.SPAM, null));
                }));
            }
            start.countDown();
            List<ReportResult> outcomes = new ArrayList<>();
            for (Future<ReportResult> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsOnlyOnce(ReportResult.SENT);
            assertThat(outcomes).filteredOn(r -> r == ReportResult.ALREADY_REPORTED).hasSize(posts - 1);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(openReports()).isEqualTo(1);
        assertThat(item().participantCount()).isEqualTo(1);
    }

    @Test
    void reportsOnOneCommentAreGroupedIntoOneQueueItemWithTheirCountAndReasons() throws Exception {
        mvc.perform(report(members.member(), "SPAM", "")).andExpect(status().is3xxRedirection());
        QueueItemView first = item();
        assertThat(first.priority()).isEqualTo(Priority.LOW);
        mvc.perform(report(members.member(), "ABUSIVE", "Rude")).andExpect(status().is3xxRedirection());

        QueueItemView item = item();
        assertThat(item.id()).isEqualTo(first.id());
        assertThat(item.kind()).isEqualTo(ItemKind.REPORT);
        assertThat(item.participantCount()).isEqualTo(2);
        assertThat(item.reasonCounts()).containsEntry("SPAM", 1L).containsEntry("ABUSIVE", 1L);
        assertThat(item.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(item.reviewPath()).isEqualTo("/reports/comment/" + commentId);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM moderation_item WHERE kind = 'REPORT' AND subject_type = 'comment'"
                + " AND subject_id = ?").param(commentId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCommentIsHeldForReviewWhenEnoughMembersReportIt() throws Exception {
        mvc.perform(report(members.member(), "SPAM", "")).andExpect(status().is3xxRedirection());
        mvc.perform(report(members.member(), "SPAM", "")).andExpect(status().is3xxRedirection());
        assertThat(commentStatus()).isEqualTo(CommentStatus.VISIBLE);
        mvc.perform(report(members.member(), "ABUSIVE", "")).andExpect(status().is3xxRedirection());
        assertThat(commentStatus()).isEqualTo(CommentStatus.HIDDEN);
        assertThat(item().priority()).isEqualTo(Priority.HIGH);
        assertThat(jdbc.sql("SELECT action FROM comment_moderation_log WHERE comment_id = ?").param(commentId)
                .query(String.class).list()).containsExactly("HOLD");
    }

    @Test
    void membersCannotReportWhatTheyWrote() throws Exception {
        mvc.perform(get("/comments/{id}/report", commentId).with(members.as(author)))
                .andExpect(content().string(allOf(containsString("You cannot report what you wrote yourself"),
                        not(containsString("Send report")))));
        mvc.perform(report(author, "SPAM", "")).andExpect(flash().attribute("notice", "report.own"));
        assertThat(openReports()).isZero();
    }

    @Test
    void badInputIsExplainedNextToTheFieldKeepingWhatWasTyped() throws Exception {
        Created ada = members.member();
        mvc.perform(report(ada, null, "It is wrong"))
                .andExpect(status().isOk()).andExpect(view().name(ReportController.VIEW))
                .andExpect(content().string(allOf(containsString("Choose a reason."), containsString("It is wrong"))));
        mvc.perform(report(ada, "INCORRECT", "x".repeat(2001)).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(view().name(ReportController.VIEW + " :: report-dialog"))
                .andExpect(content().string(allOf(containsString("Details have at most 2,000 characters."),
                        containsString("id=\"reason-INCORRECT\" name=\"reason\" checked=\"checked\""))));
        assertThat(openReports()).isZero();
    }

    @Test
    void anonymousVisitorsLogInFirstAndPostsNeedTheCsrfToken() throws Exception {
        mvc.perform(get("/comments/{id}/report", commentId)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/articles/{s}/report", article.slug())).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/comments/{id}/reports", commentId).param("reason", "SPAM").with(members.as(members.member())))
                .andExpect(status().isForbidden());
        assertThat(openReports()).isZero();
    }

    @Test
    void anonymousVisitorsComeBackToTheFormAfterLoggingIn() throws Exception {
        Created ada = members.member();
        Cookie session = Sessions.cookie(mvc.perform(get("/comments/{id}/report", commentId))
                .andExpect(redirectedUrl("/login")).andReturn());
        mvc.perform(post("/login").cookie(session).with(csrf()).param("username", ada.username())
                        .param("password", TestMembers.PASSWORD))
                .andExpect(redirectedUrlPattern("**/comments/" + commentId + "/report*"));
    }

    @Test
    void aMemberReportsAnArticle() throws Exception {
        Created ada = members.member();
        mvc.perform(get("/articles/{s}/report", article.slug()).with(members.as(ada))).andExpect(status().isOk());
        mvc.perform(post("/articles/{s}/reports", article.slug()).param("reason", "PLAGIARISM")
                        .param("details", "Copied from a blog").with(members.as(ada)).with(csrf()))
                .andExpect(redirectedUrl(article.path())).andExpect(flash().attribute("notice", "report.thanks"));
        assertThat(queue.findLatest("article", article.id()).map(QueueItemView::kind)).contains(ItemKind.REPORT);
    }

    private MockHttpServletRequestBuilder report(Created member, String reason, String details) {
        MockHttpServletRequestBuilder request =
                post("/comments/{id}/reports", commentId).with(members.as(member)).with(csrf());
        if (reason != null) {
            request.param("reason", reason);
        }
        return request.param("details", details);
    }

    private QueueItemView item() {
        return queue.findOpen("comment", commentId).orElseThrow();
    }

    private long openReports() {
        return jdbc.sql("SELECT COUNT(*) FROM report WHERE target_type = 'COMMENT' AND target_id = ? AND status = 'OPEN'")
                .param(commentId).query(Long.class).single();
    }

    private CommentStatus commentStatus() {
        return threads.find(commentId).orElseThrow().status();
    }
}
