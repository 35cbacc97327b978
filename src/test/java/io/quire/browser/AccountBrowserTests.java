package io.quire.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class AccountBrowserTests {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void aVisitorRegistersLogsOutLogsInAndSeesTheirProfile(boolean javascript) {
        ChromeDriver browser = Browser.get(javascript);
        String username = "journey" + (javascript ? "js" : "nojs") + System.nanoTime() % 100000;

        browser.get("http://localhost:" + port + "/register");
        Browser.assertAccessible(browser);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("email")).sendKeys("not-an-email");
        browser.findElement(By.id("password")).sendKeys("a sturdy passphrase");
        Browser.clickThrough(browser, By.cssSelector("#registration-form button[type=submit]"));

        assertThat(browser.findElement(By.id("email-error")).getText()).contains("does not look like an email");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
        Browser.assertAccessible(browser);
        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("email")).sendKeys(username + "@example.org");
        browser.findElement(By.id("password")).sendKeys("a sturdy passphrase");
        Browser.clickThrough(browser, By.cssSelector("#registration-form button[type=submit]"));

        assertThat(browser.findElement(By.cssSelector(".flash .notice")).getText()).contains("Welcome to Quire");
        Browser.assertAccessible(browser);

        openAccountMenu(browser, javascript);
        Browser.clickThrough(browser, By.cssSelector(".menu form[action='/logout'] button"));
        assertThat(browser.findElement(By.cssSelector(".flash .notice")).getText()).contains("logged out");

        browser.get("http://localhost:" + port + "/login");
        Browser.assertAccessible(browser);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("wrong password");
        Browser.clickThrough(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.id("login-error")).getText()).contains("do not match");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
        browser.findElement(By.id("password")).sendKeys("a sturdy passphrase");
        Browser.clickThrough(browser, By.cssSelector("main form button[type=submit]"));

        openAccountMenu(browser, javascript);
        Browser.clickThrough(browser, By.linkText("Your profile"));
        Browser.waitUpTo(browser, 10).until(d -> d.getCurrentUrl().endsWith("/u/" + username));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(username);
        Browser.assertAccessible(browser);
    }

    /** The account menu is a details element: it opens with a click, with or without JavaScript. */
    private static void openAccountMenu(ChromeDriver browser, boolean javascript) {
        browser.findElement(By.cssSelector(".menu summary")).click();
    }
}
