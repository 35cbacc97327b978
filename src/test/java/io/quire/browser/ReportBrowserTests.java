package io.quire.browser;

import java.util.UUID;

import io.quire.TestMembers;
import io.quire.TestMembers.Created;
import io.quire.article.ArticleRef;
import io.quire.article.PublishedArticles;
import io.quire.comment.CommentService;
import io.quire.comment.CommentStatus;
import io.quire.comment.CommentThreads;
import io.quire.moderation.ModerationQueue;
import io.quire.moderation.QueueItemView;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A member reports a comment; a moderator opens the queue item and decides. With JavaScript and without. */
@BrowserTest
class ReportBrowserTests {

    @LocalServerPort
    int port;

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

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void aMemberReportsACommentAndAModeratorDecides(boolean javascript) {
        ArticleRef article = articles.publish();
        long commentId = comments.post(article.slug(), members.member().id(), "Visit my shop for cheap pills", null,
                UUID.randomUUID().toString()).comment().id();
        ChromeDriver browser = Browser.get(javascript);

        logIn(browser, members.member());
        browser.get(url(article.path()));
        browser.findElement(By.cssSelector("#comment-main-" + commentId + " a.comment-report-link")).click();
        waitFor(browser, By.id("reason-SPAM")).click();
        Browser.assertAccessible(browser);
        browser.findElement(By.id("details")).sendKeys("Advertising pills");
        browser.findElement(By.cssSelector("#report-dialog button[type=submit]")).click();
        By thanks = javascript ? By.cssSelector("#report-dialog .notice") : By.cssSelector(".flash .notice");
        assertThat(waitFor(browser, thanks).getText()).contains("Thank you for your report");
        Browser.assertAccessible(browser);

        QueueItemView item = queue.findOpen("comment", commentId).orElseThrow();
        logIn(browser, members.moderator());
        browser.get(url("/moderation?kind=REPORT&order=NEWEST"));
        browser.findElement(By.cssSelector("#queue-item-" + item.id() + " h2 a")).click();
        waitFor(browser, By.linkText("Review")).click();
        assertThat(waitFor(browser, By.cssSelector("main .comment-body")).getText())
                .contains("Visit my shop for cheap pills");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Advertising pills");
        Browser.assertAccessible(browser);
        String decision = javascript ? "HIDE" : "DISMISS";
        browser.findElement(By.id("decision-" + decision)).click();
        browser.findElement(By.id("reason")).sendKeys("Checked the report");
        browser.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        Browser.waitUpTo(browser, 10).until(ExpectedConditions.urlContains("/moderation"));
        assertThat(waitFor(browser, By.cssSelector(".flash .notice")).getText()).contains("The reports are handled");
        Browser.assertAccessible(browser);

        assertThat(threads.find(commentId).orElseThrow().status())
                .isEqualTo(javascript ? CommentStatus.HIDDEN : CommentStatus.VISIBLE);
        assertThat(queue.find(item.id()).orElseThrow().isOpen()).isFalse();
    }

    /** Logs in from a clean browser, waiting for the landing page: a loaded machine is slow to answer. */
    private void logIn(ChromeDriver browser, Created member) {
        Journeys.logIn(browser, url(""), member);
    }

    private static WebElement waitFor(ChromeDriver browser, By locator) {
        return Browser.waitUpTo(browser, 10).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
