package io.quire.search;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import io.quire.search.SearchTerms.TokenSizes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommonWordsTests {

    @Test
    void aDocumentsWordsAreCountedOnceFoldedAndOnlyIfTheIndexKeepsThem() {
        assertThat(CommonWords.distinctWords("Java, java and JAVA: an été of C++ work_queues", TokenSizes.INNODB_DEFAULTS))
                .containsExactlyInAnyOrder("java", "and", "ete", "work_queues");
    }

    @Test
    void theSampleIsSpreadOverAllIdsNotTheFirstOnes() {
        List<Long> ids = LongStream.rangeClosed(1, 1000).boxed().toList();

        assertThat(CommonWords.evenSample(ids, 4)).containsExactly(1L, 251L, 501L, 751L);
        assertThat(CommonWords.evenSample(ids.subList(0, 3), 4)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aWordIsCommonWhenItsShareOfTheSampleScalesToTheThreshold() {
        Map<String, Integer> documentsWith = Map.of("latency", 190, "schema", 100, "kaxa", 3);

        assertThat(CommonWords.commonAmong(documentsWith, 200, 100_000, 10_000))
                .containsExactlyInAnyOrder("latency", "schema");
        assertThat(CommonWords.commonAmong(documentsWith, 200, 15_000, 10_000)).containsExactly("latency");
    }
}
