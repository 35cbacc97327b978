package io.quire.search;

import io.quire.search.SearchTerms.TokenSizes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTests {

    private static final TokenSizes SIZES = TokenSizes.INNODB_DEFAULTS;

    @Test
    void keepsWordsAndDropsEveryBooleanModeOperator() {
        SearchTerms terms = SearchTerms.parse("+java -python >streams <maps (lambda) ~old \"exact phrase\" wild* @3", SIZES);

        assertThat(terms.words()).containsExactly("java", "python", "streams", "maps", "lambda", "old", "exact",
                "phrase", "wild");
        assertThat(terms.naturalLanguage()).isEqualTo("java python streams maps lambda old exact phrase wild");
    }

    @Test
    void dropsStopWordsAndWordsShorterThanTheIndexKeeps() {
        SearchTerms terms = SearchTerms.parse("How to use the Go channels in a loop", SIZES);

        assertThat(terms.words()).containsExactly("use", "channels", "loop");
        assertThat(terms.tokens()).hasSize(9);
    }

    @Test
    void followsTheServersShortestIndexedWord() {
        assertThat(SearchTerms.parse("Go vs js", new TokenSizes(2, 84)).words()).containsExactly("Go", "vs", "js");
        assertThat(SearchTerms.parse("Go vs js", SIZES).isSearchable()).isFalse();
    }

    @Test
    void dropsWordsLongerThanTheIndexKeeps() {
        assertThat(SearchTerms.parse("x".repeat(85) + " hashmap", SIZES).words()).containsExactly("hashmap");
    }

    @Test
    void onlyStopWordsAreTypedButNotSearchable() {
        SearchTerms terms = SearchTerms.parse("the of is to", SIZES);

        assertThat(terms.isBlank()).isFalse();
        assertThat(terms.tokens()).isNotEmpty();
        assertThat(terms.isSearchable()).isFalse();
    }

    @Test
    void cutsLongInputToTwoHundredCharactersAndSaysSo() {
        SearchTerms terms = SearchTerms.parse("word ".repeat(2000), SIZES);

        assertThat(terms.truncated()).isTrue();
        assertThat(terms.text().length()).isLessThanOrEqualTo(SearchTerms.MAX_LENGTH);
        assertThat(terms.tokens()).hasSize(SearchTerms.MAX_WORDS);
        assertThat(SearchTerms.parse("short", SIZES).truncated()).isFalse();
    }

    @Test
    void neverCutsAnEmojiInHalf() {
        SearchTerms terms = SearchTerms.parse("a" + "😀".repeat(300), SIZES);

        assertThat(terms.truncated()).isTrue();
        assertThat(terms.text().codePointCount(0, terms.text().length())).isEqualTo(SearchTerms.MAX_LENGTH);
        assertThat(Character.isHighSurrogate(terms.text().charAt(terms.text().length() - 1))).isFalse();
    }

    @Test
    void keepsLettersOfEveryScriptWithTheirCombiningMarks() {
        SearchTerms terms = SearchTerms.parse("数据库 索引 hindi हिन्दी café", SIZES);

        assertThat(terms.tokens()).containsExactly("数据库", "索引", "hindi", "हिन्दी", "café");
        // Two characters are below InnoDB's default shortest word, in Chinese as in English.
        assertThat(terms.words()).containsExactly("数据库", "hindi", "हिन्दी", "café");
    }

    @Test
    void replacesControlCharactersAndUnpairedSurrogates() {
        SearchTerms terms = SearchTerms.parse("java\u0000\u0007streams\uD800 maps\u202E", SIZES);

        assertThat(terms.text()).isEqualTo("java  streams  maps");
        assertThat(terms.words()).containsExactly("java", "streams", "maps");
    }

    @Test
    void nullIsNothingTyped() {
        SearchTerms terms = SearchTerms.parse(null, SIZES);

        assertThat(terms.isBlank()).isTrue();
        assertThat(terms.isSearchable()).isFalse();
    }

    @Test
    void prefixQueryRequiresEveryFinishedWordAndTheWordBeingTyped() {
        assertThat(SearchTerms.parse("java str", SIZES).prefixQuery(SIZES)).isEqualTo("+java* +str*");
        assertThat(SearchTerms.parse("Has", SIZES).prefixQuery(SIZES)).isEqualTo("+Has*");
    }

    @Test
    void prefixQueryKeepsAStopWordOnlyWhileItIsBeingTyped() {
        assertThat(SearchTerms.parse("java the", SIZES).prefixQuery(SIZES)).isEqualTo("+java* +the*");
        assertThat(SearchTerms.parse("the java", SIZES).prefixQuery(SIZES)).isEqualTo("+java*");
        assertThat(SearchTerms.parse("java the ", SIZES).prefixQuery(SIZES)).isEqualTo("+java*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "j", "+", "*", "\"", "-j", "@@", "((", "😀", "a b c"})
    void prefixQueryIsEmptyWithoutAWordOfTwoLetters(String typed) {
        assertThat(SearchTerms.parse(typed, SIZES).prefixQuery(SIZES)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+java*", "-(java)", "\"java", "java\"", "@java", "~java<", ">java", "java*)"})
    void prefixQueryHasNoOperatorsButItsOwn(String typed) {
        assertThat(SearchTerms.parse(typed, SIZES).prefixQuery(SIZES)).isEqualTo("+java*");
    }

    @Test
    void prefixesAreTheWordsOfThePrefixQuery() {
        assertThat(SearchTerms.parse("(java) \"str", SIZES).prefixes(SIZES)).containsExactly("java", "str");
    }
}
