package io.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntaxHighlighterTests {

    private static String highlight(String language, String code) {
        return SyntaxHighlighter.highlight(code, LanguageTag.of(language).orElseThrow().grammar());
    }

    // An empty column (null) means the sample has no such token.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "java|final var s = \"x\"; // c|final|\"x\"|// c|",
            "kotlin|val n = 0b1010 /* c */|val||/* c */|0b1010",
            "python|def f(): return '''doc''' # c|def|'''doc'''|# c|",
            "javascript|const t = `a${b}`; // c|const|`a${b}`|// c|",
            "typescript|let n: number = 1.5e3|number|||1.5e3",
            "c|#include <stdio.h>|#include|||",
            "cpp|auto x = nullptr; // c|nullptr||// c|",
            "go|func main() { s := `raw` }|func|`raw`||",
            "rust|fn f<'a>(c: char) -> char { 'x' }|fn|'x'||",
            "sql|SELECT name FROM t WHERE id = 7 -- c|SELECT||-- c|7",
            "bash|echo \"$HOME\" # c|echo|\"$HOME\"|# c|",
            "json|{\"a\": true, \"n\": -2}|true|\"a\"||2",
            "yaml|server:  # c|server||# c|"})
    void highlightsEachLanguage(String language, String code, String keyword, String string, String comment,
            String number) {
        String html = highlight(language, code).replace("&#39;", "'").replace("&quot;", "\"");
        assertThat(html).contains("<span class=\"tok-kw\">" + keyword + "</span>");
        if (string != null) {
            assertThat(html).contains("<span class=\"tok-str\">" + string + "</span>");
        }
        if (comment != null) {
            assertThat(html).contains("<span class=\"tok-com\">" + comment + "</span>");
        }
        if (number != null) {
            assertThat(html).contains("<span class=\"tok-num\">" + number + "</span>");
        }
    }

    @Test
    void highlightsMarkupTagsAttributesAndComments() {
        assertThat(highlight("html", "<a href=\"x\">y</a><!-- c -->")).isEqualTo(
                "&lt;<span class=\"tok-kw\">a</span> href=<span class=\"tok-str\">&quot;x&quot;</span>&gt;y"
                        + "&lt;/<span class=\"tok-kw\">a</span>&gt;<span class=\"tok-com\">&lt;!-- c --&gt;</span>");
    }

    @Test
    void treatsRustLifetimesAsPlainText() {
        assertThat(highlight("rust", "&'a str")).isEqualTo("&amp;'a <span class=\"tok-kw\">str</span>".replace("'", "&#39;"));
    }

    @Test
    void treatsApostrophesInYamlValuesAsText() {
        assertThat(highlight("yaml", "title: Don't stop")).doesNotContain("tok-str");
    }

    @Test
    void letsUnterminatedStringsAndCommentsRunToTheEndWithoutLosingText() {
        assertThat(highlight("java", "/* open \"x")).isEqualTo("<span class=\"tok-com\">/* open &quot;x</span>");
        assertThat(highlight("java", "\"open\nnext")).isEqualTo("<span class=\"tok-str\">&quot;open</span>\nnext");
    }

    @Test
    void escapesEverythingEvenWithoutAGrammar() {
        assertThat(SyntaxHighlighter.highlight("<script>&\"'", null))
                .isEqualTo("&lt;script&gt;&amp;&quot;&#39;");
    }
}
