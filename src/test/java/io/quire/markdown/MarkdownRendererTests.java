package io.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String html(String markdown) {
        return renderer.render(markdown).html();
    }

    @Test
    void rendersTablesWithColumnAlignment() {
        String html = html("""
                | Name | Count |
                |:-----|------:|
                | a    | 1     |
                """);
        assertThat(html).contains("<table>", "<th align=\"left\">Name</th>", "<th align=\"right\">Count</th>",
                "<td align=\"right\">1</td>");
    }

    @Test
    void rendersStrikethroughAsDeletedText() {
        assertThat(html("~~old~~ new")).contains("<del>old</del> new");
    }

    @Test
    void rendersTaskListsAsDisabledCheckboxes() {
        String html = html("- [x] done\n- [ ] to do\n");
        assertThat(html).contains("<input type=\"checkbox\" disabled=\"\" checked=\"\" /> done",
                "<input type=\"checkbox\" disabled=\"\" /> to do");
    }

    @Test
    void linksBareAddressesAndEmail() {
        String html = html("See www.example.com, https://example.org/a?b=c and me@example.com.");
        assertThat(html).contains("<a href=\"http://www.example.com\"", "<a href=\"https://example.org/a?b&#61;c\"",
                "<a href=\"mailto:me&#64;example.com\"");
    }

    @Test
    void marksEveryLinkAsUserGeneratedAndNotFollowed() {
        String html = html("[a](https://example.com) [b](/articles/x) [c](#h-intro) <https://example.net>");
        assertThat(Pattern.compile("<a ").matcher(html).results().count()).isEqualTo(4);
        assertThat(Pattern.compile("rel=\"nofollow ugc noopener\"").matcher(html).results().count()).isEqualTo(4);
    }

    @Test
    void rendersLevelOneHeadingsAsLevelTwoBecauseThePageOwnsTheOnlyH1() {
        assertThat(html("# Big\n\n## Also two\n\n#### Four")).contains("<h2 id=\"h-big\">Big</h2>",
                "<h2 id=\"h-also-two\">Also two</h2>", "<h4 id=\"h-four\">Four</h4>").doesNotContain("<h1");
    }

    @Test
    void givesHeadingsUniqueAsciiIdsThatMatchTheTableOfContents() {
        RenderedMarkdown rendered = renderer.render("""
                ## Getting started
                ## Getting started
                ## Getting started 2
                ## Café & *Crème* Brûlée!
                ## Don't panic
                ## 日本語
                ## 日本語
                """);
        List<String> idsInHtml = Pattern.compile("<h2 id=\"([^\"]+)\"").matcher(rendered.html()).results()
                .map(match -> match.group(1)).toList();
        assertThat(rendered.toc()).extracting(TocEntry::id).containsExactlyElementsOf(idsInHtml)
                .containsExactly("h-getting-started", "h-getting-started-2", "h-getting-started-2-2",
                        "h-cafe-creme-brulee", "h-dont-panic", "h-section", "h-section-2")
                .doesNotHaveDuplicates();
        assertThat(rendered.toc()).extracting(TocEntry::text).contains("Café & Crème Brûlée!", "日本語");
    }

    @Test
    void tableOfContentsListsOnlyLevelsTwoAndThreeInDocumentOrder() {
        RenderedMarkdown rendered = renderer.render("# One\n## Two\n### Three\n#### Four\n## Five `code`\n");
        assertThat(rendered.toc()).containsExactly(new TocEntry(2, "h-one", "One"), new TocEntry(2, "h-two", "Two"),
                new TocEntry(3, "h-three", "Three"), new TocEntry(2, "h-five-code", "Five code"));
    }

    @Test
    void labelsAndHighlightsFencedCode() {
        String html = html("""
                ```java
                // say hi
                String s = "hi"; int n = 42;
                ```
                """);
        assertThat(html).contains("<figure class=\"code\" data-lang=\"java\">",
                "<figcaption class=\"code-label\">Java</figcaption>", "<code class=\"language-java\">",
                "<span class=\"tok-com\">// say hi</span>", "<span class=\"tok-str\">&#34;hi&#34;</span>",
                "<span class=\"tok-kw\">int</span>", "<span class=\"tok-num\">42</span>");
    }

    @Test
    void usesTheCanonicalLanguageForAliases() {
        assertThat(html("```js\nlet a = 1\n```")).contains("data-lang=\"javascript\"", "JavaScript</figcaption>",
                "<span class=\"tok-kw\">let</span>");
    }

    @Test
    void readsTheLanguageFromTheFirstWordOfTheInfoString() {
        assertThat(html("```{.python} title=\"x\"\npass\n```")).contains("data-lang=\"python\"");
    }

    @Test
    void showsCodeInUnknownLanguagesEscapedAndUnhighlighted() {
        String html = html("```brainfuck\n<+>[-] \"x\"\n```");
        assertThat(html).contains("data-lang=\"brainfuck\"", "brainfuck</figcaption>",
                "<code class=\"language-brainfuck\">&lt;&#43;&gt;[-] &#34;x&#34;").doesNotContain("tok-");
    }

    @Test
    void rendersACopyButtonHiddenUntilTheScriptRevealsIt() {
        assertThat(html("    indented code\n")).contains(
                "<figure class=\"code\"><button type=\"button\" class=\"code-copy\" hidden=\"\">Copy</button>"
                        + "<pre><code>indented code");
    }

    @Test
    void groupsAdjacentBlocksInDifferentLanguagesIntoTabs() {
        String html = html("""
                ```java
                int a;
                ```

                ```kotlin
                val a = 1
                ```
                ```python
                a = 1
                ```
                """);
        assertThat(count(html, "data-tabs")).isEqualTo(1);
        assertThat(html).contains("<div class=\"code-tablist\" role=\"tablist\" hidden=\"\">",
                "<button type=\"button\" class=\"code-tab\" role=\"tab\" data-lang=\"java\" aria-selected=\"true\">Java",
                "data-lang=\"kotlin\" aria-selected=\"false\">Kotlin",
                "data-lang=\"python\" aria-selected=\"false\">Python");
        assertThat(count(html, "role=\"tabpanel\"")).isEqualTo(3);
    }

    @Test
    void keepsEveryTabPanelVisibleAndLabelledForReadersWithoutJavaScript() {
        String html = html("```java\nint a;\n```\n```go\nvar a int\n```\n");
        assertThat(html).doesNotContainPattern("role=\"tabpanel\"[^>]*hidden");
        assertThat(count(html, "<figcaption class=\"code-label\">")).isEqualTo(2);
    }

    @Test
    void doesNotGroupBlocksInTheSameLanguage() {
        assertThat(html("```java\nint a;\n```\n```java\nint b;\n```\n")).doesNotContain("data-tabs");
    }

    @Test
    void doesNotGroupBlocksSeparatedByText() {
        assertThat(html("```java\nint a;\n```\nor in Python:\n```python\na = 1\n```\n")).doesNotContain("data-tabs");
    }

    @Test
    void doesNotGroupBlocksWithoutALanguage() {
        assertThat(html("```\nplain\n```\n```python\na = 1\n```\n")).doesNotContain("data-tabs");
    }

    @Test
    void estimatesReadingTimeAtTwoHundredTwentyWordsAMinuteAndAtLeastOne() {
        assertThat(renderer.render("Short.").readingMinutes()).isEqualTo(1);
        assertThat(renderer.render("word ".repeat(660)).readingMinutes()).isEqualTo(3);
        assertThat(renderer.render("word ".repeat(1100)).readingMinutes()).isEqualTo(5);
    }

    @Test
    void excerptCutsTheProseAtAWordBoundaryWithAnEllipsis() {
        String excerpt = renderer.render("# Title\n\n```java\nint skipped;\n```\n\n"
                + "The *first* paragraph, " + "and more words ".repeat(20)).excerpt();
        assertThat(excerpt).startsWith("The first paragraph, and more words").endsWith("…")
                .doesNotContain("Title", "skipped", "*");
        assertThat(excerpt.length()).isBetween(120, 161);
        assertThat(excerpt).matches(".*words…|.*more…|.*and…");
    }

    @Test
    void excerptOfShortProseIsTheWholeProse() {
        assertThat(renderer.render("Hello **there**.\n\nSecond  line.").excerpt()).isEqualTo("Hello there. Second line.");
    }

    @Test
    void excerptFallsBackToAllTextWhenThereIsNoProse() {
        assertThat(renderer.render("## Only a heading").excerpt()).isEqualTo("Only a heading");
    }

    @Test
    void plainTextHoldsAllTextIncludingCodeWithoutMarkup() {
        String plain = renderer.render("""
                # Title
                Some **bold** [link](https://example.com) and `inline`.

                | a | b |
                |---|---|
                | 1 | 2 |

                ```java
                int x = 1;
                ```
                """).plainText();
        assertThat(plain).isEqualTo("Title\nSome bold link and inline.\na b\n1 2\nint x = 1;");
    }

    @Test
    void imagesLoadLazilyAndAsynchronously() {
        assertThat(html("![A cat](https://example.com/cat.png \"Cat\")")).contains(
                "<img src=\"https://example.com/cat.png\" alt=\"A cat\" title=\"Cat\" loading=\"lazy\" decoding=\"async\" />");
    }

    @Test
    void allowsRasterDataImagesButNotSvg() {
        assertThat(html("![png](data:image/png;base64,iVBORw0KGgo=)")).contains("<img src=\"data:image/png;base64,");
        assertThat(html("![svg](data:image/svg+xml;base64,PHN2Zz4=)")).isEqualTo("<p>svg</p>\n");
    }

    @Test
    void commentsRenderHeadingsAsBoldParagraphs() {
        assertThat(renderer.renderComment("# Shout\n\ntext")).isEqualTo("<p><strong>Shout</strong></p>\n<p>text</p>\n");
    }

    @Test
    void commentsRenderImagesAsLinksToThem() {
        assertThat(renderer.renderComment("![a cat](https://example.com/cat.png) ![](/x.png) ![d](data:image/png;base64,AA==)"))
                .isEqualTo("<p><a href=\"https://example.com/cat.png\" rel=\"nofollow ugc noopener\">a cat</a> "
                        + "<a href=\"/x.png\" rel=\"nofollow ugc noopener\">/x.png</a> d</p>\n");
    }

    @Test
    void commentsKeepHighlightedCode() {
        assertThat(renderer.renderComment("```sql\nSELECT 1\n```")).contains("<span class=\"tok-kw\">SELECT</span>");
    }

    @Test
    void rendersAnEmptyArticle() {
        RenderedMarkdown rendered = renderer.render("");
        assertThat(rendered).isEqualTo(new RenderedMarkdown("", List.of(), 1, "", ""));
    }

    @Test
    void rejectsArticlesOverTheLimitWithAMessageForTheAuthor() {
        assertThatThrownBy(() -> renderer.render("x".repeat(1_000_001)))
                .isInstanceOf(MarkdownTooLargeException.class)
                .hasMessage("Articles can be at most 200,000 characters; this one has 1,000,001.")
                .extracting(e -> ((MarkdownTooLargeException) e).getLimit()).isEqualTo(200_000);
    }

    @Test
    void acceptsArticlesExactlyAtTheLimit() {
        assertThat(renderer.render("x".repeat(MarkdownRenderer.MAX_ARTICLE_CHARS)).plainText()).hasSize(200_000);
    }

    @Test
    void rejectsCommentsOverTheLimit() {
        assertThatThrownBy(() -> renderer.renderComment("x".repeat(10_001)))
                .isInstanceOf(MarkdownTooLargeException.class)
                .hasMessage("Comments can be at most 10,000 characters; this one has 10,001.");
    }

    @Test
    void oneRendererServesManyThreadsAtOnce() throws Exception {
        String markdown = "## A\n\n```java\nint a;\n```\n```go\nvar a\n```\n\n## A\n\n- [x] b\n";
        String expected = renderer.render(markdown).html();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = pool.invokeAll(IntStream.range(0, 64)
                    .mapToObj(i -> (Callable<String>) () -> renderer.render(markdown).html())
                    .toList());
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
        finally {
            pool.shutdown();
        }
    }

    private static long count(String html, String text) {
        Matcher matcher = Pattern.compile(Pattern.quote(text)).matcher(html);
        return matcher.results().count();
    }
}
