package io.quire.improvement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphsTests {

    private static final String MARKDOWN = """
            ## Streams

            A stream is a **lazy** pipeline of
            operations over a `source`.

            ```java
            int a = 1;

            int b = 2;
            ```

            See [the docs](https://example.org) for more.
            """;

    @Test
    void splitsOnBlankLinesButKeepsAFencedCodeBlockWhole() {
        assertThat(Paragraphs.of(MARKDOWN)).hasSize(4);
        assertThat(Paragraphs.of(MARKDOWN).get(2)).startsWith("```java").endsWith("```").contains("int b = 2;");
    }

    @Test
    void findsTheParagraphOfARenderedQuoteIgnoringMarkdownMarks() {
        Paragraphs.Located found = Paragraphs.locate(MARKDOWN, "lazy pipeline of operations over a source").orElseThrow();

        assertThat(found.index()).isEqualTo(1);
        assertThat(found.fingerprint()).isEqualTo(Paragraphs.fingerprint(Paragraphs.of(MARKDOWN).get(1)));
        assertThat(Paragraphs.locate(MARKDOWN, "the docs for more").orElseThrow().index()).isEqualTo(3);
        assertThat(Paragraphs.locate(MARKDOWN, "not in the article")).isEmpty();
    }

    @Test
    void fingerprintIgnoresRewrappingButNotEdits() {
        String rewrapped = MARKDOWN.replace("pipeline of\noperations", "pipeline of operations");
        String edited = MARKDOWN.replace("lazy", "eager");
        String fingerprint = Paragraphs.locate(MARKDOWN, "lazy pipeline").orElseThrow().fingerprint();

        assertThat(Paragraphs.fingerprints(rewrapped)).contains(fingerprint);
        assertThat(Paragraphs.fingerprints(edited)).doesNotContain(fingerprint);
    }

    @Test
    void countsVerbatimOccurrences() {
        assertThat(Paragraphs.occurrences("a cat and a cat", "a cat")).isEqualTo(2);
        assertThat(Paragraphs.occurrences("a cat", "dog")).isZero();
        assertThat(Paragraphs.occurrences("a cat", "")).isZero();
    }
}
