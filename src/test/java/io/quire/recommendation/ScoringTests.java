package io.quire.recommendation;

import java.util.ArrayList;
import java.util.List;

import io.quire.recommendation.Scoring.Candidate;
import io.quire.recommendation.Scoring.Scored;
import io.quire.recommendation.Scoring.Signals;
import io.quire.recommendation.Scoring.Source;
import io.quire.recommendation.Scoring.TagInfo;
import io.quire.recommendation.Scoring.Weights;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoringTests {

    private static final TagInfo JAVA = new TagInfo(1, "Java", 500);
    private static final TagInfo STREAMS = new TagInfo(2, "Streams", 20);
    private static final TagInfo COLLECTORS = new TagInfo(3, "Collectors", 5);
    private static final TagInfo GARDENING = new TagInfo(4, "Gardening", 30);
    private static final int DOCUMENTS = 1000;

    private static final Scoring.CategoryRelation SAME_ONLY = (a, b) -> a != null && a.equals(b) ? 1 : 0;

    private final Source source = new Source(100, 7L, List.of(JAVA, STREAMS));

    @Test
    void identicalTagSetsAreFullySimilarAndDisjointOnesNotAtAll() {
        assertThat(Scoring.tagSimilarity(List.of(JAVA, STREAMS), List.of(STREAMS, JAVA), DOCUMENTS))
                .isCloseTo(1.0, within(1e-9));
        assertThat(Scoring.tagSimilarity(List.of(JAVA, STREAMS), List.of(GARDENING), DOCUMENTS)).isZero();
        assertThat(Scoring.tagSimilarity(List.of(), List.of(GARDENING), DOCUMENTS)).isZero();
    }

    @Test
    void sharingARareTagCountsMoreThanSharingACommonOne() {
        double sharesStreams = Scoring.tagSimilarity(List.of(JAVA, STREAMS), List.of(STREAMS, GARDENING), DOCUMENTS);
        double sharesJava = Scoring.tagSimilarity(List.of(JAVA, STREAMS), List.of(JAVA, GARDENING), DOCUMENTS);

        assertThat(sharesStreams).isGreaterThan(sharesJava);
    }

    @Test
    void aCandidateTaggedWithEverythingIsNotRewardedForIt() {
        double focused = Scoring.tagSimilarity(List.of(STREAMS), List.of(STREAMS), DOCUMENTS);
        double spammy = Scoring.tagSimilarity(List.of(STREAMS), List.of(STREAMS, COLLECTORS, GARDENING, JAVA), DOCUMENTS);

        assertThat(spammy).isLessThan(focused);
    }

    @Test
    void scoreIsTheWeightedSumOfSignalsAndStaysWithinZeroAndOne() {
        List<Scored> ranked = Scoring.rank(source, List.of(
                new Candidate(1, 11, 7L, 1.0, List.of(JAVA, STREAMS)),
                new Candidate(2, 12, null, 0.4, List.of())), SAME_ONLY, DOCUMENTS, Weights.BLEND);

        assertThat(ranked).extracting(Scored::id).containsExactly(1L, 2L);
        assertThat(ranked.get(0).score()).isCloseTo(1.0, within(1e-6));
        assertThat(ranked.get(1).score()).isCloseTo(Weights.BLEND.withoutEngagement().text() * 0.4, within(1e-6));
    }

    @Test
    void textRelevanceAboveTheSelfMatchIsCappedAtOne() {
        List<Scored> ranked = Scoring.rank(source, List.of(new Candidate(1, 11, null, 3.5, List.of())), SAME_ONLY,
                DOCUMENTS, Weights.BLEND);

        assertThat(ranked.get(0).score()).isCloseTo(Weights.BLEND.withoutEngagement().text(), within(1e-6));
    }

    @Test
    void coEngagementIsTheCosineOfTheMemberSetsWithAMinimumSupport() {
        assertThat(Scoring.coEngagement(4, 16, 4)).isCloseTo(4 / Math.sqrt(16 * 4), within(1e-9));
        assertThat(Scoring.coEngagement(1, 3, 3)).as("one member in common is no evidence").isZero();
        assertThat(Scoring.coEngagement(2, 2, 40)).as("too few members to say anything").isNaN();
        assertThat(Scoring.coEngagement(50, 10, 10)).isEqualTo(1.0);
    }

    @Test
    void articlesLikedByTheSameMembersRankAboveEquallySimilarOnes() {
        Source liked = new Source(100, 7L, List.of(JAVA, STREAMS), 10);
        List<Scored> ranked = Scoring.rank(liked, List.of(
                new Candidate(1, 11, null, 0.5, List.of(), 10, 0),
                new Candidate(2, 12, null, 0.5, List.of(), 10, 6)), SAME_ONLY, DOCUMENTS, Weights.BLEND);

        assertThat(ranked).extracting(Scored::id).containsExactly(2L, 1L);
        assertThat(ranked.get(0).score()).isCloseTo(Weights.BLEND.text() * 0.5 + Weights.BLEND.engagement() * 0.6,
                within(1e-6));
    }

    @Test
    void anArticleNobodyEngagedWithIsScoredOnTheOtherSignalsAlone() {
        Source cold = new Source(100, 7L, List.of(JAVA, STREAMS), 0);
        Candidate candidate = new Candidate(1, 11, 7L, 0.6, List.of(JAVA, STREAMS), 25, 0);

        double score = Scoring.rank(cold, List.of(candidate), SAME_ONLY, DOCUMENTS, Weights.BLEND).get(0).score();

        Weights rest = Weights.BLEND.withoutEngagement();
        assertThat(score).isCloseTo(rest.text() * 0.6 + rest.tags() + rest.category(), within(1e-6));
        assertThat(rest.text() + rest.tags() + rest.category()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void leavesOutTheArticleItselfAndCandidatesWithNothingInCommon() {
        List<Scored> ranked = Scoring.rank(source, List.of(
                new Candidate(100, 11, 7L, 1.0, List.of(JAVA)),
                new Candidate(3, 12, 8L, 0.0, List.of(GARDENING))), SAME_ONLY, DOCUMENTS, Weights.BLEND);

        assertThat(ranked).isEmpty();
    }

    @Test
    void equalScoresAreOrderedByIdSoThatTheListNeverChangesByChance() {
        List<Candidate> candidates = List.of(
                new Candidate(9, 21, null, 0.3, List.of()),
                new Candidate(4, 22, null, 0.3, List.of()),
                new Candidate(6, 23, null, 0.3, List.of()));

        assertThat(Scoring.rank(source, candidates, SAME_ONLY, DOCUMENTS, Weights.BLEND)).extracting(Scored::id)
                .containsExactly(4L, 6L, 9L);
    }

    @Test
    void keepsAtMostTwoArticlesPerAuthorAndTenInAll() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            candidates.add(new Candidate(i, 1, null, 1.0 - i / 100.0, List.of()));
        }
        for (int i = 6; i <= 20; i++) {
            candidates.add(new Candidate(i, i, null, 0.5 - i / 100.0, List.of()));
        }

        List<Scored> ranked = Scoring.rank(source, candidates, SAME_ONLY, DOCUMENTS, Weights.BLEND);

        assertThat(ranked).hasSize(Scoring.KEEP);
        assertThat(ranked).extracting(Scored::id).startsWith(1L, 2L, 6L, 7L).doesNotContain(3L, 4L, 5L);
    }

    @Test
    void theReasonIsTheSignalThatContributedMost() {
        assertThat(Scoring.reason(new Signals(0.2, 0.9, 1), Weights.BLEND)).isEqualTo(RelatedReason.SHARED_TAGS);
        assertThat(Scoring.reason(new Signals(0.9, 0.2, 1), Weights.BLEND)).isEqualTo(RelatedReason.SIMILAR_TOPIC);
        assertThat(Scoring.reason(new Signals(0.1, 0, 1), Weights.BLEND)).isEqualTo(RelatedReason.SAME_CATEGORY);
        assertThat(Scoring.reason(new Signals(0.1, 0.1, 0, 0.9), Weights.BLEND)).isEqualTo(RelatedReason.ALSO_LIKED);
        assertThat(Scoring.reason(new Signals(0.9, 0.1, 0, 0.3), Weights.BLEND)).isEqualTo(RelatedReason.SIMILAR_TOPIC);
    }

    @Test
    void namesUpToThreeSharedTagsRarestFirst() {
        TagInfo lambdas = new TagInfo(5, "Lambdas", 12);
        TagInfo generics = new TagInfo(6, "Generics", 40);
        List<TagInfo> mine = List.of(JAVA, STREAMS, COLLECTORS, lambdas, generics);
        List<TagInfo> theirs = List.of(generics, JAVA, lambdas, COLLECTORS, STREAMS);

        assertThat(Scoring.sharedTagNames(mine, theirs)).containsExactly("Collectors", "Lambdas", "Streams");
    }

    @Test
    void closeCategoriesCountButLessThanTheSameOne() {
        Scoring.CategoryRelation tree = (a, b) -> a.equals(b) ? 1 : 0.5;
        List<Scored> ranked = Scoring.rank(source, List.of(
                new Candidate(1, 11, 8L, 0, List.of()),
                new Candidate(2, 12, 7L, 0, List.of())), tree, DOCUMENTS, Weights.BLEND);

        assertThat(ranked).extracting(Scored::id).containsExactly(2L, 1L);
        assertThat(ranked).extracting(Scored::reason).containsOnly(RelatedReason.SAME_CATEGORY);
    }
}
