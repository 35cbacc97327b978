package io.quire.improvement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThreeWayMergeTests {

    private static final String BASE = String.join("\n", "# Title", "", "one", "two", "three", "", "four", "five");

    @Test
    void appliesTheProposalToTheCurrentTextWhenTheyChangeDifferentLines() {
        String current = BASE.replace("one", "ONE");
        String proposal = BASE.replace("five", "FIVE");

        ThreeWayMerge.Result merged = ThreeWayMerge.merge(BASE, current, proposal);

        assertThat(merged.isClean()).isTrue();
        assertThat(merged.text()).isEqualTo(String.join("\n", "# Title", "", "ONE", "two", "three", "", "four", "FIVE"));
    }

    @Test
    void keepsInsertionsAndDeletionsFromBothSides() {
        String current = BASE.replace("two\n", "");
        String proposal = BASE + "\nsix";

        ThreeWayMerge.Result merged = ThreeWayMerge.merge(BASE, current, proposal);

        assertThat(merged.isClean()).isTrue();
        assertThat(merged.text()).isEqualTo(String.join("\n", "# Title", "", "one", "three", "", "four", "five", "six"));
    }

    @Test
    void marksAConflictWhenBothSidesChangeTheSameLineDifferently() {
        String current = BASE.replace("two", "two (current)");
        String proposal = BASE.replace("two", "two (proposal)");

        ThreeWayMerge.Result merged = ThreeWayMerge.merge(BASE, current, proposal);

        assertThat(merged.conflicts()).isEqualTo(1);
        assertThat(merged.text()).isEqualTo(String.join("\n", "# Title", "", "one",
                ThreeWayMerge.CURRENT_MARKER, "two (current)", ThreeWayMerge.SEPARATOR, "two (proposal)",
                ThreeWayMerge.PROPOSAL_MARKER, "three", "", "four", "five"));
        assertThat(ThreeWayMerge.hasConflictMarkers(merged.text())).isTrue();
    }

    @Test
    void treatsInsertionsAtTheSamePlaceAsAConflict() {
        String current = BASE.replace("three\n", "three\ncurrent line\n");
        String proposal = BASE.replace("three\n", "three\nproposed line\n");

        ThreeWayMerge.Result merged = ThreeWayMerge.merge(BASE, current, proposal);

        assertThat(merged.conflicts()).isEqualTo(1);
        assertThat(merged.text()).contains(ThreeWayMerge.CURRENT_MARKER + "\ncurrent line\n" + ThreeWayMerge.SEPARATOR
                + "\nproposed line\n" + ThreeWayMerge.PROPOSAL_MARKER);
    }

    @Test
    void mergesIdenticalChangesOnBothSidesOnce() {
        String both = BASE.replace("four", "4");

        ThreeWayMerge.Result merged = ThreeWayMerge.merge(BASE, both, both);

        assertThat(merged.isClean()).isTrue();
        assertThat(merged.text()).isEqualTo(both);
    }

    @Test
    void keepsCleanRegionsAroundAConflict() {
        String current = BASE.replace("one", "ONE").replace("four", "four (current)");
        String proposal = BASE.replace("five", "FIVE").replace("four", "four (proposal)");

        ThreeWayMerge.Result merged = ThreeWayMerge.merge(BASE, current, proposal);

        assertThat(merged.conflicts()).isEqualTo(1);
        assertThat(merged.text()).startsWith("# Title\n\nONE\n")
                .contains(ThreeWayMerge.CURRENT_MARKER + "\nfour (current)\nfive\n" + ThreeWayMerge.SEPARATOR
                        + "\nfour (proposal)\nFIVE\n" + ThreeWayMerge.PROPOSAL_MARKER);
    }

    @Test
    void returnsTheProposalWhenTheArticleDidNotChange() {
        String proposal = BASE.replace("two", "deux").replace("\r\n", "\n");

        assertThat(ThreeWayMerge.merge(BASE, BASE, proposal).text()).isEqualTo(proposal);
        assertThat(ThreeWayMerge.hasConflictMarkers(proposal)).isFalse();
    }
}
