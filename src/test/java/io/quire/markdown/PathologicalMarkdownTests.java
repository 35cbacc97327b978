package io.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to make parsers hang, recurse until the stack runs out or blow up memory. The timeout is a guard
 * against hangs, not a benchmark. It runs the renderer on a separate thread with a default-sized stack, smaller
 * than the main thread's, which makes any unbounded recursion fail sooner.
 */
class PathologicalMarkdownTests {

    // A hang guard, not a benchmark: generous because CI machines share their two cores with other work.
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    static Stream<Arguments> pathologicalArticles() {
        return Stream.of(
                Arguments.of("10,000 nested block quotes", ">".repeat(10_000) + " deep"),
                Arguments.of("10,000 spaced nested block quotes", "> ".repeat(10_000) + "deep"),
                Arguments.of("10,000 nested bullet lists", "- ".repeat(10_000) + "deep"),
                Arguments.of("10,000 nested ordered lists", "1. ".repeat(10_000) + "deep"),
                Arguments.of("8,000 list lines nesting ever deeper", IntStream.range(0, 8_000)
                        .mapToObj(i -> " ".repeat(Math.min(i, 16)) + "- item").collect(Collectors.joining("\n"))),
                Arguments.of("quotes and lists alternating", "> - ".repeat(10_000) + "deep"),
                Arguments.of("10,000 backticks", "`".repeat(10_000)),
                Arguments.of("backtick runs of every length", IntStream.range(1, 600)
                        .mapToObj(i -> "`".repeat(i) + " x ").collect(Collectors.joining())),
                Arguments.of("a 199,999 character line", "a".repeat(199_999)),
                Arguments.of("40,000 words on one line", "word ".repeat(40_000)),
                Arguments.of("100,000 opening brackets", "[".repeat(100_000)),
                Arguments.of("100,000 closing brackets", "]".repeat(100_000)),
                Arguments.of("unfinished links", "[a](".repeat(40_000)),
                Arguments.of("30,000 nested links", "[".repeat(30_000) + "a" + "](b)".repeat(30_000)),
                Arguments.of("30,000 nested images", "![".repeat(30_000) + "a" + "](b)".repeat(30_000)),
                Arguments.of("deeply nested emphasis", "*a ".repeat(30_000) + "b" + " c*".repeat(30_000)),
                Arguments.of("deeply nested strong emphasis", "**a ".repeat(20_000) + "b" + " c**".repeat(20_000)),
                Arguments.of("199,000 asterisks", "*".repeat(199_000)),
                Arguments.of("alternating emphasis delimiters", "*_".repeat(90_000)),
                Arguments.of("underscores inside words", "a_".repeat(90_000)),
                Arguments.of("strikethrough openers", "~~a ".repeat(45_000)),
                Arguments.of("unclosed html-like tags", "<a ".repeat(60_000)),
                Arguments.of("unfinished entities", "&#".repeat(90_000)),
                Arguments.of("24,000 link reference definitions", "[a]: /u\n".repeat(24_000) + "[a]"),
                Arguments.of("25,000 headings with the same text", "# same\n".repeat(25_000)),
                Arguments.of("25,000 empty headings", "#\n".repeat(25_000)),
                Arguments.of("2,000 adjacent code blocks", "```java\nx\n```\n```python\ny\n```\n".repeat(2_000)),
                Arguments.of("10,000 unterminated fences", "```\n".repeat(10_000)),
                Arguments.of("a table 5,000 columns wide", "|" + "a|".repeat(5_000) + "\n|" + "-|".repeat(5_000)
                        + "\n" + ("|" + "b|".repeat(5_000) + "\n").repeat(15)),
                Arguments.of("50,000 hard line breaks", "a  \n".repeat(50_000)),
                Arguments.of("30,000 bare www addresses", "www.a.".repeat(30_000)),
                Arguments.of("90,000 at signs", "a@".repeat(90_000)),
                Arguments.of("25,000 http prefixes", "http://".repeat(25_000)),
                Arguments.of("highlighting Java with unbalanced comments and quotes",
                        "```java\n" + "/*\"'".repeat(45_000) + "\n```"),
                Arguments.of("highlighting Rust with endless escapes", "```rust\n" + "'\\".repeat(90_000) + "\n```"),
                Arguments.of("highlighting HTML with unclosed tags", "```html\n" + "<a \"".repeat(45_000) + "\n```"),
                Arguments.of("highlighting YAML with open quotes", "```yaml\n" + "a: '".repeat(45_000) + "\n```"),
                Arguments.of("highlighting SQL comments and strings", "```sql\n" + "--'/*".repeat(39_000) + "\n```"),
                Arguments.of("highlighting shell hashes after long indentation",
                        "```bash\n" + (" ".repeat(1_000) + "#\n").repeat(190) + "```"),
                Arguments.of("highlighting numbers without end", "```c\n" + "0x".repeat(45_000) + "1e+".repeat(20_000)
                        + "\n```"),
                Arguments.of("a huge data image", "![x](data:image/png;base64," + "A".repeat(199_000) + ")"),
                Arguments.of("a huge fence info string", "```" + "java".repeat(49_000) + "\nx\n```"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathologicalArticles")
    void rendersPathologicalArticlesWithoutHangingOrCrashing(String name, String markdown) {
        RenderedMarkdown rendered = assertTimeoutPreemptively(HANG_GUARD, () -> renderer.render(markdown));
        assertThat(rendered.html()).isNotBlank();
        assertThat(MarkupAudit.violations(rendered.html())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathologicalArticles")
    void rendersPathologicalCommentsWithoutHangingOrCrashing(String name, String markdown) {
        String comment = markdown.substring(0, Math.min(markdown.length(), MarkdownRenderer.MAX_COMMENT_CHARS));
        String html = assertTimeoutPreemptively(HANG_GUARD, () -> renderer.renderComment(comment));
        assertThat(MarkupAudit.violations(html)).isEmpty();
    }

    @Test
    void keepsNestingBeyondTheLimitAsText() {
        String html = assertTimeoutPreemptively(HANG_GUARD, () -> renderer.render(">".repeat(10_000) + " deep").html());
        long quotes = Pattern.compile("<blockquote>").matcher(html).results().count();
        assertThat(quotes).isLessThanOrEqualTo(MarkdownRenderer.MAX_NESTING);
        assertThat(html).contains("deep");
    }

    @Test
    void refusesAOneMegabyteLineBeforeParsingIt() {
        String line = "a".repeat(1_000_000);
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> renderer.render(line))
                .isInstanceOf(MarkdownTooLargeException.class));
    }
}
