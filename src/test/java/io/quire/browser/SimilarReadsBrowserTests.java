package io.quire.browser;

import io.quire.article.ArticleRef;
import io.quire.article.CategoryView;
import io.quire.article.ArticleFixtures;
import io.quire.recommendation.Poll;
import io.quire.recommendation.SampleTexts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class SimilarReadsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ArticleFixtures articles;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void aReaderFollowsASimilarReadFromTheEndOfAnArticle(boolean javascript) {
        String run = javascript ? "with script" : "without script";
        CategoryView java = articles.category("Java");
        ArticleRef streams = articles.published().in(java).titled("Reading Java streams " + run)
                .tagged("java, streams").body(SampleTexts.STREAMS).publish();
        ArticleRef collectors = articles.published().in(java).titled("Grouping stream elements " + run)
                .tagged("java, streams, collectors").body(SampleTexts.COLLECTORS).publish();
        Poll.until("similar reads", () -> !jdbc.queryForList(
                "select 1 from related_article where article_id = ? and related_id = ?", Integer.class,
                streams.id(), collectors.id()).isEmpty());
        ChromeDriver browser = Browser.get(javascript);

        browser.get("http://localhost:" + port + streams.path());
        Browser.assertAccessible(browser);
        WebElement similar = browser.findElement(By.id("similar-reads"));
        assertThat(similar.findElement(By.tagName("h2")).getText()).isEqualTo("Similar reads");
        WebElement link = similar.findElement(By.linkText(collectors.title()));
        assertThat(link.getAttribute("rel")).isEqualTo("nofollow");
        link.click();

        Browser.waitUpTo(browser, 10).until(d -> d.getCurrentUrl().endsWith(collectors.path()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(collectors.title());
        Browser.assertAccessible(browser);
    }
}
