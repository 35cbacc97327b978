package io.quire.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: both paths are given, so Selenium
 * Manager never tries to download anything. One browser with JavaScript and one without live for the
 * whole test run; each test starts from a blank page with no cookies.
 */
public final class Browser {

    private static ChromeDriver withScript;
    private static ChromeDriver withoutScript;
    private static String axeSource;

    private Browser() {
    }

    public static synchronized ChromeDriver get(boolean javascript) {
        if (javascript) {
            if (withScript == null) {
                withScript = start(true);
            }
            return reset(withScript);
        }
        if (withoutScript == null) {
            withoutScript = start(false);
        }
        return reset(withoutScript);
    }

    /**
     * A wait that polls through elements of a replaced page: htmx swaps the element a condition looked at, and
     * with JavaScript off a form post replaces the whole page, so "stale" only means "look again". Mid-navigation
     * Chromium may also answer "node does not belong to the document", which means the same; any other error
     * still surfaces as the cause when the wait times out.
     */
    public static WebDriverWait waitUpTo(ChromeDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /**
     * Clicks a link or a plain form's button and waits until the page it was on has been replaced: WebDriver's
     * click can return before the next page starts loading, and a lookup would then find the old page's elements.
     */
    public static void clickThrough(ChromeDriver driver, By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        waitUpTo(driver, 30).until(d -> isGone(page));
    }

    /**
     * Whether an element belongs to a page that has been replaced. Mid-navigation Chromium may answer "node does
     * not belong to the document" instead of "stale element": both mean the old page is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        }
        catch (WebDriverException gone) {
            return true;
        }
    }

    private static ChromeDriver reset(ChromeDriver driver) {
        driver.get("about:blank");
        driver.manage().deleteAllCookies();
        return driver;
    }

    private static ChromeDriver start(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("quire.chromium", "/usr/bin/chromium"));
        Path profile;
        try {
            profile = Files.createTempDirectory("quire-chromium-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profile);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("quire.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        // A click on a submit button can return before the next page has loaded (seen under load): looking up
        // an element then waits for it to appear instead of failing at once.
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        return driver;
    }

    /**
     * Runs axe-core on the current page (WCAG 2.x A and AA rules) and fails the test on any violation, naming
     * the rule and the offending elements.
     */
    @SuppressWarnings("unchecked")
    public static void assertAccessible(ChromeDriver driver) {
        if (driver == withoutScript) {
            assertAccessibleWithoutScript(driver);
            return;
        }
        JavascriptExecutor js = driver;
        js.executeScript(axe());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' -> '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        assertThat((List<String>) result).as("accessibility violations on " + driver.getCurrentUrl()).isEmpty();
    }

    /**
     * A browser without JavaScript cannot run axe. The page it shows is copied, as rendered, into a same-origin
     * document of the scripted browser (so the same style sheets apply) and checked there.
     */
    private static void assertAccessibleWithoutScript(ChromeDriver driver) {
        String html = driver.getPageSource();
        java.net.URI current = java.net.URI.create(driver.getCurrentUrl());
        ChromeDriver checker = get(true);
        checker.get(current.getScheme() + "://" + current.getAuthority() + "/robots.txt?axe");
        checker.executeScript("document.open(); document.write(arguments[0]); document.close();", html);
        new org.openqa.selenium.support.ui.WebDriverWait(checker, Duration.ofSeconds(10)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        assertAccessible(checker);
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try {
                axeSource = new ClassPathResource("axe/axe.min.js").getContentAsString(StandardCharsets.UTF_8);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return axeSource;
    }
}
