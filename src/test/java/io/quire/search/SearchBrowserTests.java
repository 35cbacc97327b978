package io.quire.search;


import io.quire.article.ArticleKind;
import io.quire.article.ArticleRef;
import io.quire.article.CategoryView;
import io.quire.browser.Browser;
import io.quire.browser.BrowserTest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    SearchableArticles articles;

    @Autowired
    ArticleSearch search;

    final String word = Words.unique("brow");
    ArticleRef guide;
    ArticleRef interview;

    @BeforeAll
    void publishAndIndex() {
        CategoryView category = articles.category("Browsing");
        guide = articles.article("Tuning " + word + " for production", category)
                .body("A guide to " + word + " settings.").publish();
        interview = articles.article("An interview about caches", category).kind(ArticleKind.INTERVIEW)
                .body("They asked me how " + word + " behaves under load.").publish();
        Eventually.until("both articles are indexed",
                () -> search.search(SearchRequest.of(word)).hits().totalItems() == 2);
    }

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void aReaderSearchesFromTheHeaderThenNarrowsTheResults(boolean javascript) {
        ChromeDriver browser = Browser.get(javascript);
        WebDriverWait wait = Browser.waitUpTo(browser, 15);
        browser.get("http://localhost:" + port + "/login");
        Browser.assertAccessible(browser);

        browser.findElement(By.id("site-search-q")).sendKeys(word.substring(0, 6));
        if (javascript) {
            By suggestion = By.cssSelector("#search-suggestions a[href='/articles/" + guide.slug() + "']");
            wait.until(ExpectedConditions.visibilityOfElementLocated(suggestion));
            assertThat(browser.findElement(suggestion).getText()).isEqualTo("Tuning " + word + " for production");
            assertThat(browser.findElements(By.cssSelector("#search-suggestions mark"))).isNotEmpty();
            Browser.assertAccessible(browser);
        }
        browser.findElement(By.id("site-search-q")).sendKeys(word.substring(6));
        browser.findElement(By.cssSelector(".site-search button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-count"),
                "2 articles match"));
        Browser.waitUpTo(browser, 10).until(ExpectedConditions.urlContains("/search?q=" + word));
        assertThat(browser.findElement(By.cssSelector(".article-list h3 a")).getText())
                .isEqualTo("Tuning " + word + " for production");
        assertThat(browser.findElement(By.id("search-q")).getAttribute("value")).isEqualTo(word);
        Browser.assertAccessible(browser);

        new Select(browser.findElement(By.id("search-kind"))).selectByValue("interview");
        if (!javascript) {
            browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        }

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-count"),
                "1 article matches"));
        assertThat(browser.findElements(By.cssSelector(".article-list h3 a"))).hasSize(1)
                .first().extracting(e -> e.getAttribute("href")).asString().endsWith("/articles/" + interview.slug());
        assertThat(browser.findElement(By.cssSelector(".article-list .snippet mark")).getText()).isEqualTo(word);
        wait.until(ExpectedConditions.urlContains("kind=interview"));
        Browser.assertAccessible(browser);
    }
}
