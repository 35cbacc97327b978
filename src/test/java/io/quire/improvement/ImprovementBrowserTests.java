package io.quire.improvement;

import java.util.function.BooleanSupplier;

import io.quire.TestArticles;
import io.quire.TestMembers;
import io.quire.TestMembers.Created;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleCatalog.CurrentText;
import io.quire.article.ArticleRef;
import io.quire.article.ArticleRevisions;
import io.quire.browser.Browser;
import io.quire.browser.BrowserTest;
import io.quire.browser.Journeys;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The improvement and suggestion journeys in a real browser, with JavaScript and without: suggest → accept (and
 * undo), pick and improve → accept from the diff, a stale base merged or its conflict shown, a lost decision race,
 * and an anchored suggestion applied in one click.
 */
@BrowserTest
class ImprovementBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestMembers members;

    @Autowired
    TestArticles articles;

    @Autowired
    Improvements improvements;

    @Autowired
    ImprovementReviews reviews;

    @Autowired
    Suggestions suggestions;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    ArticleRevisions revisions;

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void aMemberSuggestsAChangeAModeratorAcceptsItWithCreditAndCanUndoIt(boolean javascript) {
        ArticleRef article = articles.published("Suggested " + tag(javascript));
        Created reader = members.member();
        Created moderator = members.moderator();
        ChromeDriver browser = Browser.get(javascript);
        WebDriverWait wait = Browser.waitUpTo(browser, 15);

        logIn(browser, reader);
        openSuggestionForm(browser, article);
        Browser.assertAccessible(browser);
        fillSuggestion(browser, "OTHER", "The first paragraph could use simpler words for beginners");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Your suggestion is waiting"));
        Browser.assertAccessible(browser);

        logIn(browser, moderator);
        openReviewFromQueue(browser, "SUGGESTION", article.title());
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Review suggestion");
        assertThat(browser.findElement(By.cssSelector(".suggestions")).getText())
                .contains(reader.username(), "simpler words for beginners");
        claim(browser);
        Browser.assertAccessible(browser);
        String edited = text(article).replace("in plain words", "in simple words");
        replaceText(browser.findElement(By.id("markdown")), edited);
        browser.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/moderation"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("Decision recorded");

        assertShowsNewRevisionCrediting(browser, article, "in simple words", reader);

        long itemId = suggestions.of(reader.id()).get(0).itemId();
        browser.get(url("/moderation/items/" + itemId));
        Browser.assertAccessible(browser);
        browser.findElement(By.cssSelector("form.undo button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "The decision is undone"));
        browser.get(url(article.path()));
        assertThat(browser.findElement(By.id("article-body")).getText()).contains("in plain words")
                .doesNotContain("in simple words");
        browser.get(url(article.path() + "/history"));
        assertThat(browser.findElement(By.id("main")).getText()).contains("Undid the accepted suggestion");
    }

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void aMemberPicksAndImprovesAndAModeratorSeesTheDiffAndAccepts(boolean javascript) {
        ArticleRef article = articles.published("Improved " + tag(javascript));
        Created improver = members.member();
        Created moderator = members.moderator();
        ChromeDriver browser = Browser.get(javascript);
        WebDriverWait wait = Browser.waitUpTo(browser, 15);

        logIn(browser, improver);
        browser.get(url(article.path() + "/improve"));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        WebElement markdown = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("markdown")));
        Browser.assertAccessible(browser);
        replaceText(markdown, text(article).replace("in plain words", "in carefully chosen words"));
        browser.findElement(By.id("changeSummary")).sendKeys("Clearer wording");
        browser.findElement(By.cssSelector("button[value=preview]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("diff-preview"), "carefully"));
        Browser.assertAccessible(browser);
        browser.findElement(By.cssSelector("button[value=submit]")).click();
        wait.until(d -> d.getCurrentUrl().contains("/me/contributions"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("Your improvement is waiting");

        logIn(browser, moderator);
        openReviewFromQueue(browser, "IMPROVEMENT", article.title());
        assertThat(browser.findElements(By.tagName("ins"))).extracting(WebElement::getText)
                .anyMatch(inserted -> inserted.contains("carefully"));
        assertThat(browser.findElement(By.cssSelector(".meta")).getText()).contains(improver.username());
        claim(browser);
        Browser.assertAccessible(browser);
        browser.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/moderation"));

        assertShowsNewRevisionCrediting(browser, article, "in carefully chosen words", improver);
    }

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void anImprovementOnAStaleBaseIsMergedAndAConflictIsShownUntilResolved(boolean javascript) {
        ArticleRef article = articles.published("Stale " + tag(javascript));
        Created improver = members.member();
        Created moderator = members.moderator();
        Created editor = members.moderator();
        ProposalView proposal = submit(article, improver, "in plain words", "in merged words");
        revise(article, editor, text(article) + "\n\nA paragraph added by someone else.");
        ChromeDriver browser = Browser.get(javascript);
        WebDriverWait wait = Browser.waitUpTo(browser, 15);

        logIn(browser, moderator);
        browser.get(url("/improvements/" + proposal.id() + "/review"));
        assertThat(browser.findElement(By.id("merge-heading")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".merge")).getText()).contains("merged into the current text without conflicts");
        assertThat(browser.findElement(By.id("markdown")).getText()).contains("in merged words", "A paragraph added");
        Browser.assertAccessible(browser);

        // The article changes again, in the improved paragraph, while the review page is open.
        revise(article, editor, text(article).replace("is a topic worth learning well", "is a topic changed concurrently"));
        browser.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .alert"), "changed again"));
        assertThat(browser.findElement(By.cssSelector(".merge .conflict")).getText()).contains("1 conflict");
        assertThat(browser.findElement(By.id("markdown")).getText()).contains(ThreeWayMerge.CURRENT_MARKER);
        Browser.assertAccessible(browser);

        browser.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#decision-form .error"),
                "Resolve every conflict"));
        String merged = reviews.review(proposal.id(), moderator.id()).mergedMarkdown();
        replaceText(browser.findElement(By.id("markdown")), keepProposal(merged));
        browser.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/moderation"));

        assertThat(text(article)).contains("in merged words", "A paragraph added by someone else.")
                .doesNotContain(ThreeWayMerge.CURRENT_MARKER);
    }

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void whenTwoModeratorsRaceTheLaterOneIsToldWhoDecided(boolean javascript) {
        ArticleRef article = articles.published("Raced " + tag(javascript));
        ProposalView proposal = submit(article, members.member(), "in plain words", "in raced words");
        Created slower = members.moderator();
        Created faster = members.moderator();
        ChromeDriver browser = Browser.get(javascript);
        WebDriverWait wait = Browser.waitUpTo(browser, 15);

        logIn(browser, slower);
        browser.get(url("/improvements/" + proposal.id() + "/review"));
        browser.findElement(By.id("decision-form"));
        ImprovementReview seen = reviews.review(proposal.id(), faster.id());
        reviews.reject(proposal.id(), faster.id(), seen.item().version(), "Not needed");
        browser.findElement(By.cssSelector("#decision-form button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .alert"), "Too late"));
        assertThat(browser.findElement(By.cssSelector("main .alert")).getText())
                .contains(faster.username() + " already decided this item", "Rejected");
        assertThat(browser.findElements(By.id("decision-form"))).isEmpty();
        assertThat(text(article)).contains("in plain words");
        Browser.assertAccessible(browser);
    }

    @ParameterizedTest(name = "javascript={0}")
    @ValueSource(booleans = {true, false})
    void anAnchoredSuggestionIsAppliedInOneClickAndOneOnAChangedParagraphIsMarkedOutdated(boolean javascript) {
        ArticleRef article = articles.published("Anchored " + tag(javascript));
        Created reader = members.member();
        Created other = members.member();
        Created moderator = members.moderator();
        ChromeDriver browser = Browser.get(javascript);
        WebDriverWait wait = Browser.waitUpTo(browser, 15);

        logIn(browser, reader);
        if (javascript) {
            browser.get(url(article.path()));
            selectInArticle(browser, "worth learning well");
            WebElement suggest = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".suggest-selection")));
            suggest.click();
            wait.until(ExpectedConditions.textToBePresentInElementValue(By.id("quote"), "worth learning well"));
        }
        else {
            openSuggestionForm(browser, article);
            browser.findElement(By.id("quote")).sendKeys("worth learning well");
        }
        browser.findElement(By.id("replacement")).sendKeys("worth learning thoroughly");
        Browser.assertAccessible(browser);
        fillSuggestion(browser, "TYPO", "Thoroughly says what is meant here");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Your suggestion is waiting"));
        SuggestionView anchored = suggestions.of(reader.id()).get(0);
        SuggestionView elsewhere = suggestions.suggest(article.slug(), other.id(), new SuggestionForm(
                SuggestionReason.OTHER, "The table needs another row", "You try it", "You run it"));

        logIn(browser, moderator);
        browser.get(url("/suggestions/" + anchored.id() + "/review"));
        assertThat(browser.findElement(By.cssSelector(".paragraph-context mark")).getText()).isEqualTo("worth learning well");
        Browser.assertAccessible(browser);
        browser.findElement(By.cssSelector("#apply-form button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/moderation"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("applied as a new revision");
        assertShowsNewRevisionCrediting(browser, article, "worth learning thoroughly", reader);

        revise(article, moderator, text(article).replace("You try it", "You experiment"));
        poll(() -> suggestions.of(other.id()).stream().anyMatch(s -> s.id() == elsewhere.id()
                && s.status() == ProposalStatus.OUTDATED));
        browser.get(url("/suggestions/" + elsewhere.id() + "/review"));
        assertThat(browser.findElement(By.cssSelector(".suggestions")).getText()).contains("Outdated: the paragraph changed");
        assertThat(browser.findElement(By.id("main")).getText()).contains("no longer in the article");
        assertThat(browser.findElements(By.id("apply-form"))).isEmpty();
        Browser.assertAccessible(browser);
    }

    private void openSuggestionForm(ChromeDriver browser, ArticleRef article) {
        browser.get(url(article.path()));
        browser.findElement(By.cssSelector("#improve summary")).click();
        browser.findElement(By.cssSelector("#improve a[href$='/suggestions/new']")).click();
        Browser.waitUpTo(browser, 15).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#suggest-dialog form")));
    }

    private static void fillSuggestion(ChromeDriver browser, String reason, String body) {
        new Select(browser.findElement(By.id("reason"))).selectByValue(reason);
        browser.findElement(By.id("body")).sendKeys(body);
        browser.findElement(By.cssSelector("#suggest-dialog button[type=submit]")).click();
    }

    private void openReviewFromQueue(ChromeDriver browser, String kind, String title) {
        WebDriverWait wait = Browser.waitUpTo(browser, 15);
        browser.get(url("/moderation?kind=" + kind + "&order=NEWEST"));
        browser.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        browser.findElement(By.cssSelector(".item-actions a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-item")));
    }

    /** The review page shows the queue's claim banner; claiming works from there and stays on the page. */
    private static void claim(ChromeDriver browser) {
        assertThat(browser.findElement(By.id("claim-banner")).getText()).contains("Nobody has claimed");
        String reviewUrl = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("#claim-banner button[type=submit]")).click();
        Browser.waitUpTo(browser, 15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-banner"),
                "Claimed by you until"));
        assertThat(browser.getCurrentUrl()).isEqualTo(reviewUrl);
    }

    private void assertShowsNewRevisionCrediting(ChromeDriver browser, ArticleRef article, String words,
            Created contributor) {
        browser.get(url(article.path()));
        assertThat(browser.findElement(By.id("article-body")).getText()).contains(words);
        assertThat(browser.findElement(By.cssSelector(".meta")).getText())
                .contains((article.currentRevision() + 1) + " revisions");
        browser.get(url(article.path() + "/history"));
        assertThat(browser.findElement(By.id("main")).getText()).contains("Improved by " + contributor.username());
        Browser.assertAccessible(browser);
    }

    /** Selects a passage of the article as a reader would with the mouse, which makes the "Suggest change" link appear. */
    private static void selectInArticle(ChromeDriver browser, String passage) {
        browser.executeScript("""
                const body = document.getElementById('article-body');
                const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const at = node.textContent.indexOf(arguments[0]);
                    if (at >= 0) {
                        const range = document.createRange();
                        range.setStart(node, at);
                        range.setEnd(node, at + arguments[0].length);
                        window.getSelection().removeAllRanges();
                        window.getSelection().addRange(range);
                        return;
                    }
                }
                throw new Error('passage not found');
                """, passage);
    }

    /** Types the whole text into a field, as a moderator editing it would end up with. */
    private static void replaceText(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** Resolves every conflict by keeping the proposal's side. */
    private static String keepProposal(String merged) {
        return merged.replaceAll("(?s)" + ThreeWayMerge.CURRENT_MARKER + "\n.*?\n" + ThreeWayMerge.SEPARATOR
                + "\n(.*?)\n" + ThreeWayMerge.PROPOSAL_MARKER, "$1");
    }

    private ProposalView submit(ArticleRef article, Created improver, String from, String to) {
        improvements.pick(article.slug(), improver.id());
        ProposalView draft = improvements.editable(article.slug(), improver.id()).orElseThrow();
        return improvements.submit(draft.id(), improver.id(), new ImprovementForm(draft.title(), draft.summary(),
                draft.markdown().replace(from, to), "Clearer wording"));
    }

    private void revise(ArticleRef article, Created editor, String markdown) {
        CurrentText now = catalog.currentText(article.id()).orElseThrow();
        revisions.revise(article.id(), now.revision(), now.title(), now.summary(), markdown, editor.id(), null, "Edit");
    }

    private String text(ArticleRef article) {
        return catalog.currentText(article.id()).orElseThrow().markdown();
    }

    private void logIn(ChromeDriver browser, Created member) {
        Journeys.logIn(browser, url(""), member);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String tag(boolean javascript) {
        return (javascript ? "js " : "nojs ") + System.nanoTime() % 1_000_000;
    }

    private static void poll(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited for the listener").isLessThan(deadline);
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
    }
}
