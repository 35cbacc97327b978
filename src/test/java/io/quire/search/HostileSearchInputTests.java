package io.quire.search;

import java.util.stream.Stream;

import io.quire.IntegrationTest;
import io.quire.article.CategoryView;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whatever a reader types, search answers with a page: operators of both full-text modes, broken quotes,
 * SQL, markup, huge input, emoji, scripts without spaces. The index holds an article, so every input that
 * has a word runs a real FULLTEXT query.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileSearchInputTests {

    static final String WORD = Words.unique("hostil");

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchableArticles articles;

    @Autowired
    ArticleSearch search;

    @BeforeAll
    void publishOne() {
        CategoryView category = articles.category("Hostile inputs");
        articles.article("Queries that " + WORD + " survive", category).tags("robustness")
                .body("Quotes \" and operators + - > < ( ) ~ * @ around " + WORD + ".").publish();
        Eventually.until("the article is indexed",
                () -> search.search(SearchRequest.of(WORD)).hits().totalItems() == 1);
    }

    static Stream<String> hostileInputs() {
        return Stream.of(
                "+", "-", ">", "<", "(", ")", "~", "*", "\"", "@", "@@", "'", "`", "\\", "%", "_", "%_%",
                "+" + WORD + " -java", "-" + WORD, ">" + WORD + " <java", "(" + WORD, WORD + ")", "((" + WORD + ")))",
                "~" + WORD, WORD + "*", "*" + WORD, "\"" + WORD, WORD + "\"", "\"" + WORD + " unbalanced",
                "\"\"\"\"\"", "@3 " + WORD, WORD + " @distance", "+-><()~*\"@", "+*", "-*", "\"*\"", "(*)",
                "' OR '1'='1", "'; DROP TABLE search_document; --", WORD + "' UNION SELECT * FROM member --",
                "\\'; select sleep(5); -- ", "1; DELETE FROM article", "/* comment */ " + WORD, "0x41424344",
                "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "&amp; &lt; &#0; &#x0;",
                "${7*7}", "#{7*7}", "*{7*7}", "[[${7*7}]]", "__${T(java.lang.Runtime)}__",
                "{{constructor}}", "{q}", "%s%s%s%n", "\u0000", "null\u0000byte " + WORD, "\r\n\t",
                "\uD800", "\uDFFF lone", "\u202E" + WORD + " rtl override", "\uFEFF" + WORD,
                "😀", "😀😀😀 " + WORD + " 🚀", "👩‍💻👨‍👩‍👧", "数据库索引", "検索 エンジン", "한국어 검색", "हिन्दी खोज",
                "مرحبا بالعالم", "Ωμέγα", "café crème", "ǅ ß İ ﬁ",
                "the", "the a of to is", "a b c d e f", "x".repeat(84), "x".repeat(85), "x".repeat(10_000),
                (WORD + " ").repeat(2_000), "a ".repeat(5_000), "+a* ".repeat(1_000), "\"".repeat(10_000),
                "(".repeat(5_000) + WORD, "*".repeat(10_000), "-".repeat(10_000), "😀".repeat(5_000),
                " ", "   ", "");
    }

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void resultsPageAnswersEveryInput(String q) throws Exception {
        mvc.perform(get("/search").param("q", q))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"search-results\"")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img src=x"))));
    }

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void resultsFragmentAnswersEveryInput(String q) throws Exception {
        mvc.perform(get("/search").param("q", q).param("category", "x").param("kind", "tutorial")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"search-results\"")));
    }

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void suggestionsAnswerEveryInput(String q) throws Exception {
        mvc.perform(get("/search/suggest").param("q", q).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void filtersAndPageNumbersAnswerEveryInput(String value) throws Exception {
        mvc.perform(get("/search").param("q", WORD).param("category", value).param("tag", value)
                        .param("kind", value).param("page", value))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"search-results\"")));
    }

    @Test
    void oddPageNumbersShowAPage() throws Exception {
        for (String page : new String[] {"-1", "99999999999999999999", "1e3", "0x10", "2147483648", " 3 ", "½"}) {
            mvc.perform(get("/search").param("q", WORD).param("page", page))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("1 article matches")));
        }
    }

    @Test
    void repeatedParametersShowAPage() throws Exception {
        mvc.perform(get("/search").param("q", WORD, "+(").param("page", "1", "x").param("kind", "a", "b"))
                .andExpect(status().isOk());
    }

    @Test
    void operatorsAroundAWordStillFindIt() throws Exception {
        for (String q : new String[] {"+" + WORD + "*", "\"" + WORD, "(" + WORD + ")", "-" + WORD, "@" + WORD + "~"}) {
            mvc.perform(get("/search").param("q", q))
                    .andExpect(content().string(containsString("1 article matches")));
        }
    }
}
