package io.quire.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTests {

    @Test
    void marksWholeWordsIgnoringCase() {
        assertThat(Highlighter.highlight("Java streams and JavaScript", List.of("java"), false))
                .isEqualTo("<mark>Java</mark> streams and JavaScript");
    }

    @Test
    void marksWordPrefixesForSuggestions() {
        assertThat(Highlighter.highlight("Java streams and JavaScript", List.of("jav", "str"), true))
                .isEqualTo("<mark>Jav</mark>a <mark>str</mark>eams and <mark>Jav</mark>aScript");
    }

    @Test
    void escapesTheTextSoContentCannotInjectMarkup() {
        String html = Highlighter.highlight("<script>alert('x')</script> & java \"quoted\"", List.of("java", "script"),
                false);

        assertThat(html).isEqualTo("&lt;<mark>script</mark>&gt;alert(&#39;x&#39;)&lt;/<mark>script</mark>&gt; "
                + "&amp; <mark>java</mark> &quot;quoted&quot;");
        assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void searchingForEntityNamesDoesNotBreakEntities() {
        assertThat(Highlighter.highlight("a < b && c > d", List.of("amp", "lt", "gt"), false))
                .isEqualTo("a &lt; b &amp;&amp; c &gt; d");
        assertThat(Highlighter.highlight("amp & lt", List.of("amp", "lt"), false))
                .isEqualTo("<mark>amp</mark> &amp; <mark>lt</mark>");
    }

    @Test
    void marksWordsRegardlessOfAccentsAsTheCollationMatchesThem() {
        assertThat(Highlighter.highlight("Un café à Genève", List.of("cafe", "geneve"), false))
                .isEqualTo("Un <mark>café</mark> à <mark>Genève</mark>");
    }

    @Test
    void marksTheLongestWordThatMatchesAtAPosition() {
        assertThat(Highlighter.highlight("hashmaps and hash", List.of("hash", "hashmaps"), false))
                .isEqualTo("<mark>hashmaps</mark> and <mark>hash</mark>");
    }

    @Test
    void marksWordsInScriptsWithoutCase() {
        assertThat(Highlighter.highlight("関数 と 数据库 索引", List.of("数据库"), false))
                .isEqualTo("関数 と <mark>数据库</mark> 索引");
    }

    @Test
    void snippetIsCutAroundTheFirstMatchAtSpacesWithEllipses() {
        String before = "alpha ".repeat(40);
        String after = " omega".repeat(80);
        String snippet = Highlighter.snippet(before + "needle in the text" + after, List.of("needle"));

        assertThat(snippet).startsWith("…alpha").endsWith("omega…").contains("<mark>needle</mark> in the text");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "").length())
                .isLessThanOrEqualTo(Highlighter.SNIPPET_LENGTH + 2);
        assertThat(snippet).doesNotContain("alph…", "…lpha", " omeg…");
    }

    @Test
    void snippetOfAShortTextIsTheWholeTextWithoutEllipses() {
        assertThat(Highlighter.snippet("A needle\nacross lines", List.of("needle")))
                .isEqualTo("A <mark>needle</mark> across lines");
    }

    @Test
    void snippetEscapesWhatSurroundsTheMatch() {
        assertThat(Highlighter.snippet("Run `<script>alert(1)</script>` near needle.", List.of("needle")))
                .isEqualTo("Run `&lt;script&gt;alert(1)&lt;/script&gt;` near <mark>needle</mark>.");
    }

    @Test
    void snippetIsNullWhenNoWordOccurs() {
        assertThat(Highlighter.snippet("nothing here", List.of("needle"))).isNull();
        assertThat(Highlighter.snippet("needles are not needle-free", List.of("needl"))).isNull();
    }

    @Test
    void snippetOfTextWithoutSpacesNeverSplitsASurrogatePair() {
        String text = "😀".repeat(200) + "needle" + "😀".repeat(200);
        String snippet = Highlighter.snippet(text, List.of("needle"));

        String plain = snippet.replace("…", "").replace("<mark>", "").replace("</mark>", "");
        assertThat(Character.isLowSurrogate(plain.charAt(0))).isFalse();
        assertThat(Character.isHighSurrogate(plain.charAt(plain.length() - 1))).isFalse();
        assertThat(snippet).contains("<mark>needle</mark>");
    }

    @Test
    void openingIsTheEscapedStartOfTheText() {
        assertThat(Highlighter.opening("<b>bold</b> start")).isEqualTo("&lt;b&gt;bold&lt;/b&gt; start");
        assertThat(Highlighter.opening("word ".repeat(100))).endsWith("word…");
    }

    @Test
    void foldingKeepsOneCharForEachChar() {
        String text = "ÉCOLE Straße İstanbul ǅ 😀";
        assertThat(Highlighter.fold(text)).hasSameSizeAs(text).startsWith("ecole strasse".substring(0, 6));
    }
}
