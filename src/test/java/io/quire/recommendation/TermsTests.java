package io.quire.recommendation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TermsTests {

    @Test
    void splitsOnAnythingButLettersAndDigitsAndLowerCases() {
        assertThat(Terms.words("Collectors.groupingBy(Person::city) — HashMap<K,V>"))
                .containsExactly("collector", "groupingby", "person", "city", "hashmap");
    }

    @Test
    void dropsStopWordsShortWordsAndNumbers() {
        assertThat(Terms.words("How to use the 2024 API: it is an example of what you can do"))
                .containsExactly("api");
    }

    @Test
    void foldsPluralsSoThatSingularAndPluralMatch() {
        assertThat(Terms.normalise("Streams")).isEqualTo("stream");
        assertThat(Terms.normalise("queries")).isEqualTo(Terms.normalise("query"));
        assertThat(Terms.normalise("classes")).isEqualTo(Terms.normalise("class"));
        assertThat(Terms.normalise("caches")).isEqualTo(Terms.normalise("cache"));
        assertThat(Terms.normalise("status")).isEqualTo("status");
        assertThat(Terms.normalise("analysis")).isEqualTo("analysis");
    }

    @Test
    void keepsWordsInOtherScripts() {
        assertThat(Terms.words("Übersicht über Datenbanken")).containsExactly("übersicht", "über", "datenbanken");
    }

    @Test
    void countsTitleWordsThreeTimesAndSummaryWordsTwice() {
        Map<String, Integer> counts = Terms.weightedCounts("Binary search", "Searching sorted arrays",
                "Binary search halves the range.");
        assertThat(counts).containsEntry("binary", 4).containsEntry("search", 4).containsEntry("sorted", 2)
                .containsEntry("searching", 2).containsEntry("halve", 1);
    }

    @Test
    void vocabularyIsTheMostFrequentWordsWithTiesInAlphabeticalOrder() {
        assertThat(Terms.vocabulary(Map.of("zeta", 2, "alpha", 2, "beta", 5, "gamma", 1), 3))
                .containsExactly("beta", "alpha", "zeta");
    }

    @Test
    void distinctiveTermsPreferWordsThatAreRareInTheCorpus() {
        Map<String, Integer> counts = Map.of("function", 6, "memoisation", 3, "value", 5);
        Map<String, Integer> documentFrequencies = Map.of("function", 900, "memoisation", 2, "value", 950);

        assertThat(Terms.distinctive(counts, documentFrequencies, 1000, 2)).containsExactly("memoisation", "function");
    }

    @Test
    void withoutFrequenciesDistinctiveTermsAreTheMostFrequent() {
        assertThat(Terms.distinctive(Map.of("heap", 4, "stack", 7, "queue", 1), Map.of(), 1, 2))
                .containsExactly("stack", "heap");
    }

    @Test
    void queryHasTheTitleWordsFirstAndEachWordOnce() {
        assertThat(Terms.query("binary search", "search tree binary balanced")).isEqualTo("binary search tree balanced");
        assertThat(Terms.query("", "")).isEmpty();
    }

    @Test
    void aQueryKeepsItsRarestWordsWithinThePostingsBudgetInTheirOrder() {
        Map<String, Integer> frequencies = Map.of("java", 9_000, "stream", 4_000, "collector", 300, "spliterator", 12);
        assertThat(Terms.withinPostings(List.of("java", "stream", "collector", "spliterator", "unseen"), frequencies,
                5_000)).containsExactly("stream", "collector", "spliterator", "unseen");
        assertThat(Terms.withinPostings(List.of("stream", "java", "spliterator"), frequencies, 9_100))
                .as("the rarest first: java would fit alone, but not after the rarer two").containsExactly("stream",
                        "spliterator");
        assertThat(Terms.withinPostings(List.of("java", "stream", "collector"), frequencies, 20_000))
                .containsExactly("java", "stream", "collector");
        assertThat(Terms.withinPostings(List.of("java"), frequencies, 100)).isEmpty();
    }
}
