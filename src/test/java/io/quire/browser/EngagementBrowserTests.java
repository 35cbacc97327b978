package io.quire.browser;

import java.time.Duration;
import java.util.UUID;

import io.quire.TestMembers;
import io.quire.TestMembers.Created;
import io.quire.article.ArticleRef;
import io.quire.article.PublishedArticles;
import io.quire.comment.CommentService;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Commenting, liking, saving and reading notifications in a real browser, with JavaScript and without. */
@BrowserTest
class EngagementBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestMembers members;

    @Autowired
    PublishedArticles articles;

    @Autowired
    CommentService comments;

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void aMemberCommentsRepliesEditsAndDeletes(boolean javascript) {
        ArticleRef article = articles.publish();
        Created ada = members.member();
        ChromeDriver browser = Browser.get(javascript);
        logIn(browser, ada);
        browser.get(url(article.path()));
        Browser.assertAccessible(browser);

        browser.findElement(By.id("comment-body")).sendKeys("A **first** thought");
        browser.findElement(By.cssSelector("#comment-form button[type=submit]")).click();
        WebElement comment = waitFor(browser, By.cssSelector("#comment-list > li.comment"));
        assertThat(comment.findElement(By.cssSelector(".comment-body strong")).getText()).isEqualTo("first");
        String commentId = comment.getAttribute("id").replace("comment-", "");
        Browser.assertAccessible(browser);

        comment.findElement(By.cssSelector("details.comment-reply summary")).click();
        browser.findElement(By.id("reply-body-" + commentId)).sendKeys("Replying to myself");
        browser.findElement(By.cssSelector("#reply-form-" + commentId + " button[type=submit]")).click();
        WebElement reply = waitFor(browser, By.cssSelector("#replies-" + commentId + " > li.comment"));
        assertThat(reply.getText()).contains("Replying to myself");
        String replyId = reply.getAttribute("id").replace("comment-", "");
        Browser.assertAccessible(browser);

        browser.findElement(By.cssSelector("#comment-main-" + commentId + " a[href$='/edit']")).click();
        WebElement editor = waitFor(browser, By.id("edit-body-" + commentId));
        Browser.assertAccessible(browser);
        editor.clear();
        editor.sendKeys("A second thought");
        browser.findElement(By.cssSelector("#comment-main-" + commentId + " button[type=submit].primary")).click();
        WebElement edited = waitFor(browser, By.cssSelector("#comment-main-" + commentId + " .comment-edited"));
        assertThat(edited.getText()).isEqualTo("edited");
        assertThat(browser.findElement(By.cssSelector("#comment-main-" + commentId + " .comment-body")).getText())
                .isEqualTo("A second thought");
        Browser.assertAccessible(browser);

        browser.findElement(By.cssSelector("#comment-main-" + replyId + " form[action$='/delete'] button")).click();
        Browser.waitUpTo(browser, 10)
                .until(ExpectedConditions.numberOfElementsToBe(By.id("comment-" + replyId), 0));
        browser.findElement(By.cssSelector("#comment-main-" + commentId + " form[action$='/delete'] button")).click();
        Browser.waitUpTo(browser, 10)
                .until(ExpectedConditions.numberOfElementsToBe(By.id("comment-" + commentId), 0));
        Browser.assertAccessible(browser);
    }

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void aLikeChangesTheCountAndWithJavaScriptWithoutReloading(boolean javascript) {
        ArticleRef article = articles.publish();
        ChromeDriver browser = Browser.get(javascript);
        logIn(browser, members.member());
        browser.get(url(article.path()));
        assertThat(browser.findElement(By.cssSelector("#like-button .count")).getText()).isEqualTo("0");
        if (javascript) {
            ((JavascriptExecutor) browser).executeScript("window.quireNotReloaded = true;");
        }
        browser.findElement(By.cssSelector("#like-button button")).click();
        Browser.waitUpTo(browser, 10).until(ExpectedConditions.textToBe(
                By.cssSelector("#like-button .count"), "1"));
        assertThat(browser.findElement(By.cssSelector("#like-button button")).getAttribute("aria-pressed"))
                .isEqualTo("true");
        if (javascript) {
            assertThat(((JavascriptExecutor) browser).executeScript("return window.quireNotReloaded === true;"))
                    .isEqualTo(true);
        }
        Browser.assertAccessible(browser);
    }

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void aMemberSavesAnArticleToANamedList(boolean javascript) {
        ArticleRef article = articles.publish();
        ChromeDriver browser = Browser.get(javascript);
        logIn(browser, members.member());
        browser.get(url(article.path()));
        browser.findElement(By.cssSelector("#save-button a[href$='/save']")).click();
        Browser.assertAccessible(browser);
        browser.findElement(By.id("newList")).sendKeys("Weekend reading");
        browser.findElement(By.id("note")).sendKeys("Read on the train");
        browser.findElement(By.cssSelector("#save-form button[type=submit]")).click();
        assertThat(waitFor(browser, By.cssSelector("#save-button")).getText()).contains("Weekend reading");

        browser.get(url("/me/saved"));
        Browser.assertAccessible(browser);
        browser.findElement(By.linkText("Weekend reading")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Weekend reading");
        assertThat(browser.findElement(By.cssSelector(".saved-items")).getText())
                .contains(article.title()).contains("Read on the train");
        Browser.assertAccessible(browser);
    }

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void anAuthorSeesANotificationAndMarksItRead(boolean javascript) {
        Created author = members.member();
        ArticleRef article = articles.publishBy(author.id());
        comments.post(article.slug(), members.member().id(), "Great read", null, UUID.randomUUID().toString());
        ChromeDriver browser = Browser.get(javascript);
        logIn(browser, author);
        Browser.waitUpTo(browser, 20).pollingEvery(Duration.ofMillis(500)).until(driver -> {
            driver.get(url("/me/notifications"));
            return driver.getPageSource().contains("commented on your article");
        });
        Browser.assertAccessible(browser);
        WebElement notification = browser.findElement(By.xpath(
                "//li[contains(@class,'notification')][.//a[contains(.,'commented on your article')]]"));
        String id = notification.getAttribute("id");
        notification.findElement(By.cssSelector("form button")).click();
        Browser.waitUpTo(browser, 10).until(driver ->
                !driver.findElement(By.id(id)).getAttribute("class").contains("unread"));
        Browser.assertAccessible(browser);
        browser.findElement(By.cssSelector("#" + id + " a")).click();
        Browser.waitUpTo(browser, 10).until(ExpectedConditions.urlContains("/comments/"));
        assertThat(browser.getPageSource()).contains("Great read");
        Browser.assertAccessible(browser);
    }

    /** Logs in and lands on the notifications page (any page of this journey's own would do). */
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
