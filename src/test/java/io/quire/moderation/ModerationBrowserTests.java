package io.quire.moderation;


import io.quire.TestMembers;
import io.quire.TestMembers.Created;
import io.quire.browser.Browser;
import io.quire.browser.BrowserTest;
import io.quire.browser.Journeys;

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
class ModerationBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ModerationQueue queue;

    @Autowired
    TestMembers members;

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void aModeratorFiltersTheQueueByKindOpensAnItemAndClaimsIt(boolean javascript) {
        Created moderator = members.moderator();
        Created member = members.member();
        String tag = (javascript ? "js" : "nojs") + System.nanoTime() % 100000;
        String report = "Browser report " + tag;
        String improvement = "Browser improvement " + tag;
        queue.open(TestItems.report(member.id()).title(report).reason("spam").priority(Priority.HIGH).build());
        queue.open(TestItems.improvement(member.id()).title(improvement).reason("Clearer wording").build());
        ChromeDriver browser = Browser.get(javascript);
        // htmx replaces the list while the wait reads it; a reference into the old one is simply read again.
        WebDriverWait wait = Browser.waitUpTo(browser, 10);
        logIn(browser, moderator);

        browser.get("http://localhost:" + port + "/moderation?order=NEWEST");
        assertThat(queueList(browser)).contains(report, improvement);
        Browser.assertAccessible(browser);

        new Select(browser.findElement(By.id("filter-kind"))).selectByValue("REPORT");
        if (!javascript) {
            browser.findElement(By.cssSelector(".queue-filters button[type=submit]")).click();
        }
        wait.until(d -> !queueList(browser).contains(improvement));
        assertThat(queueList(browser)).contains(report, "high priority");
        Browser.waitUpTo(browser, 10).until(ExpectedConditions.urlContains("kind=REPORT"));
        Browser.assertAccessible(browser);

        browser.findElement(By.linkText(report)).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), report));
        assertThat(browser.findElement(By.id("claim-banner")).getText()).contains("Nobody has claimed");
        Browser.assertAccessible(browser);

        browser.findElement(By.cssSelector("#claim-banner button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-banner"), "Claimed by you until"));
        assertThat(browser.findElement(By.cssSelector("#claim-banner button[type=submit]")).getText()).isEqualTo("Release");
        Browser.assertAccessible(browser);
    }

    private void logIn(ChromeDriver browser, Created moderator) {
        Journeys.logIn(browser, "http://localhost:" + port, moderator);
    }

    private static String queueList(ChromeDriver browser) {
        return browser.findElement(By.id("queue-list")).getText();
    }
}
