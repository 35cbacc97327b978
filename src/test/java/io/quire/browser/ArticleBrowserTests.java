package io.quire.browser;

import java.util.List;

import io.quire.TestArticles;
import io.quire.TestMembers;
import io.quire.article.ArticleRevisions;
import io.quire.article.CategoryView;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class ArticleBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestMembers members;

    @Autowired
    TestArticles articles;

    @Autowired
    ArticleRevisions revisions;

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void aMemberWritesAModeratorPublishesAndAReaderReadsWithContentsTabsAndHistory(boolean javascript) {
        ChromeDriver browser = Browser.get(javascript);
        String base = "http://localhost:" + port;
        CategoryView category = articles.category();
        String title = "Browser journey " + (javascript ? "with" : "without") + " script " + System.nanoTime() % 10000;

        TestMembers.Created author = members.member();
        Journeys.logIn(browser, base, author);
        browser.get(base + "/articles/new");
        Browser.assertAccessible(browser);
        browser.findElement(By.id("kind-tutorial")).click();
        Browser.clickThrough(browser, By.cssSelector("main form button[type=submit]"));
        Browser.waitUpTo(browser, 10).until(ExpectedConditions.urlContains("/edit"));

        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("summary")).sendKeys("What a browser sees.");
        new Select(browser.findElement(By.id("categoryId"))).selectByValue(String.valueOf(category.id()));
        browser.findElement(By.id("tags")).sendKeys("Browsers, Testing");
        WebElement markdown = browser.findElement(By.id("markdown"));
        markdown.clear();
        markdown.sendKeys(TestArticles.body("journeys"));
        if (!javascript) {
            Browser.clickThrough(browser, By.cssSelector("button[value=preview]"));
        }
        // htmx swaps the preview in place, and without JS the whole page is replaced: wait through both.
        Browser.waitUpTo(browser, 30).until(d ->
                d.findElement(By.id("preview")).getText().contains("Why journeys matters"));
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
        Browser.assertAccessible(browser);
        Browser.clickThrough(browser, By.cssSelector("button[value=submit]"));
        assertThat(browser.findElement(By.cssSelector(".flash .notice")).getText()).contains("submitted for review");
        String editPath = browser.findElement(By.linkText(title)).getAttribute("href");
        String draftSlug = editPath.split("/articles/")[1].split("/")[0];
        Browser.assertAccessible(browser);

        Journeys.logIn(browser, base, members.moderator());
        browser.get(base + "/articles/" + draftSlug + "/review");
        Browser.assertAccessible(browser);
        browser.findElement(By.id("d-publish")).click();
        Browser.clickThrough(browser, By.cssSelector("#decision-form button[type=submit]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);

        browser.manage().deleteAllCookies();
        browser.navigate().refresh();
        Browser.assertAccessible(browser);
        List<WebElement> tocLinks = browser.findElements(By.cssSelector(".toc-sticky a"));
        assertThat(tocLinks).extracting(WebElement::getText).contains("Why journeys matters", "Trying journeys");
        List<WebElement> panels = browser.findElements(By.cssSelector(".code-tabs .code-panel"));
        assertThat(panels).hasSizeGreaterThanOrEqualTo(2);
        if (javascript) {
            assertThat(panels.stream().filter(WebElement::isDisplayed)).hasSize(1);
            browser.findElement(By.cssSelector(".code-tabs [role=tab][data-lang=python]")).click();
            assertThat(browser.findElement(By.cssSelector(".code-tabs [role=tabpanel]:not([hidden])")).getText())
                    .contains("print(");
        }
        else {
            assertThat(panels).allMatch(WebElement::isDisplayed);
        }

        String slug = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        long articleId = Long.parseLong(browser.findElement(By.cssSelector("article.article")).getAttribute("data-article-id"));
        revisions.revise(articleId, 1, title, "What a browser sees.",
                TestArticles.body("journeys").replace("worth learning well", "worth learning deeply"),
                members.moderator().id(), author.id(), "Sharper wording");
        browser.get(base + "/articles/" + slug + "/history");
        Browser.assertAccessible(browser);
        Browser.clickThrough(browser, By.linkText("Compare with previous"));
        assertThat(browser.findElement(By.cssSelector(".diff del")).getText()).isEqualTo("well");
        assertThat(browser.findElement(By.cssSelector(".diff ins")).getText()).isEqualTo("deeply");
        Browser.assertAccessible(browser);
    }
}
