package io.quire.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModerationItemTests {

    static final long SUBMITTER = 1;
    static final long ADA = 2;
    static final long BOB = 3;
    static final Duration HALF_HOUR = Duration.ofMinutes(30);
    static final Duration UNDO = Duration.ofMinutes(10);

    final Instant noon = Instant.parse("2026-05-01T12:00:00Z");

    ModerationItem item() {
        return new ModerationItem(new NewItem(ItemKind.IMPROVEMENT, "improvement", 7, "Fix the intro", "/improvements/7",
                null, null, SUBMITTER, null, null, "Typo fixes"), noon);
    }

    @Test
    void aNewItemIsOpenUnclaimedWithItsSubmitterAsOnlyParticipantAndMediumPriority() {
        ModerationItem item = item();
        assertThat(item.isOpen()).isTrue();
        assertThat(item.isClaimedAt(noon)).isFalse();
        assertThat(item.getParticipantCount()).isEqualTo(1);
        assertThat(item.getPriority()).isEqualTo(Priority.MEDIUM);
    }

    @Test
    void refusesAReviewPathThatLeavesTheSite() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ModerationItem(new NewItem(ItemKind.REPORT, "comment",
                1, "Spam", "//evil.example/x", null, null, SUBMITTER, null, null, null), noon));
        assertThatIllegalArgumentException().isThrownBy(() -> new ModerationItem(new NewItem(ItemKind.REPORT, "comment",
                1, "Spam", "javascript:alert(1)", null, null, SUBMITTER, null, null, null), noon));
    }

    @Test
    void aLongTitleIsShortenedToFitTheColumn() {
        ModerationItem item = new ModerationItem(new NewItem(ItemKind.REPORT, "comment", 1, "x".repeat(300), "/c/1",
                null, null, SUBMITTER, null, null, null), noon);
        assertThat(item.getTitle()).hasSize(ModerationItem.TITLE_LENGTH).endsWith("…");
        String emoji = "😀".repeat(300);
        assertThat(ModerationItem.shorten(emoji, 200)).isEqualTo("😀".repeat(199) + "…");
    }

    @Test
    void aClaimKeepsOthersOffUntilItExpires() {
        ModerationItem item = item();
        item.claim(ADA, noon, HALF_HOUR);

        assertThat(item.isClaimedBySomeoneElse(BOB, noon.plusSeconds(60))).isTrue();
        assertThat(item.isClaimedBySomeoneElse(ADA, noon.plusSeconds(60))).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> item.claim(BOB, noon.plusSeconds(60), HALF_HOUR));

        Instant afterExpiry = noon.plus(HALF_HOUR).plusSeconds(1);
        assertThat(item.isClaimedAt(afterExpiry)).isFalse();
        item.claim(BOB, afterExpiry, HALF_HOUR);
        assertThat(item.getClaimedBy()).isEqualTo(BOB);
        assertThat(item.getClaimExpiresAt()).isEqualTo(afterExpiry.plus(HALF_HOUR));
    }

    @Test
    void claimingAgainExtendsTheModeratorsOwnClaim() {
        ModerationItem item = item();
        item.claim(ADA, noon, HALF_HOUR);
        item.claim(ADA, noon.plusSeconds(600), HALF_HOUR);
        assertThat(item.getClaimExpiresAt()).isEqualTo(noon.plusSeconds(600).plus(HALF_HOUR));
    }

    @Test
    void onlyTheClaimantReleasesAClaim() {
        ModerationItem item = item();
        item.claim(ADA, noon, HALF_HOUR);
        assertThat(item.release(BOB)).isFalse();
        assertThat(item.isClaimedAt(noon)).isTrue();
        assertThat(item.release(ADA)).isTrue();
        assertThat(item.isClaimedAt(noon)).isFalse();
    }

    @Test
    void nobodyClaimsOrDecidesTheirOwnSubmission() {
        ModerationItem item = item();
        assertThatThrownBy(() -> item.claim(SUBMITTER, noon, HALF_HOUR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> item.resolve(SUBMITTER, Outcome.ACCEPTED, null, noon))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(item.isOpen()).isTrue();
    }

    @Test
    void resolvingRecordsTheDecisionAndEndsTheClaim() {
        ModerationItem item = item();
        item.claim(ADA, noon, HALF_HOUR);
        item.resolve(ADA, Outcome.REJECTED, "  Not an improvement  ", noon.plusSeconds(60));

        assertThat(item.getStatus()).isEqualTo(ItemStatus.RESOLVED);
        assertThat(item.getOutcome()).isEqualTo(Outcome.REJECTED);
        assertThat(item.getDecidedBy()).isEqualTo(ADA);
        assertThat(item.getDecidedAt()).isEqualTo(noon.plusSeconds(60));
        assertThat(item.getDecisionReason()).isEqualTo("Not an improvement");
        assertThat(item.getClaimedBy()).isNull();
        assertThat(item.isClaimedAt(noon.plusSeconds(61))).isFalse();
    }

    @Test
    void aResolvedItemCannotBeDecidedClaimedOrJoinedAgain() {
        ModerationItem item = item();
        item.resolve(ADA, Outcome.ACCEPTED, null, noon);
        assertThatIllegalStateException().isThrownBy(() -> item.resolve(BOB, Outcome.REJECTED, null, noon));
        assertThatIllegalStateException().isThrownBy(() -> item.claim(BOB, noon, HALF_HOUR));
        assertThatIllegalStateException().isThrownBy(() -> item.join(null));
        assertThat(item.getOutcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void onlyTheSubmitterWithdraws() {
        ModerationItem item = item();
        assertThatIllegalArgumentException().isThrownBy(() -> item.resolve(ADA, Outcome.WITHDRAWN, null, noon));
        assertThatThrownBy(() -> item.withdraw(ADA, noon)).isInstanceOf(AccessDeniedException.class);
        item.withdraw(SUBMITTER, noon);
        assertThat(item.getOutcome()).isEqualTo(Outcome.WITHDRAWN);
        assertThat(item.isUndoableBy(SUBMITTER, true, noon, UNDO)).isFalse();
    }

    @Test
    void theDeciderOrAnAdminUndoesADecisionWithinTheWindow() {
        ModerationItem item = item();
        item.resolve(ADA, Outcome.ACCEPTED, "good", noon);

        assertThat(item.isUndoableBy(BOB, false, noon.plusSeconds(60), UNDO)).isFalse();
        assertThat(item.isUndoableBy(BOB, true, noon.plusSeconds(60), UNDO)).isTrue();
        assertThat(item.isUndoableBy(ADA, false, noon.plus(UNDO), UNDO)).isTrue();
        assertThat(item.isUndoableBy(ADA, false, noon.plus(UNDO).plusMillis(1), UNDO)).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> item.reopen(ADA, false, noon.plus(UNDO).plusSeconds(1), UNDO));

        assertThat(item.reopen(ADA, false, noon.plusSeconds(60), UNDO)).isEqualTo(Outcome.ACCEPTED);
        assertThat(item.isOpen()).isTrue();
        assertThat(item.getOutcome()).isNull();
        assertThat(item.getDecidedBy()).isNull();
        item.resolve(BOB, Outcome.REJECTED, null, noon.plusSeconds(120));
        assertThat(item.getDecidedBy()).isEqualTo(BOB);
    }

    @Test
    void aJoinerWhoJudgesItMoreUrgentRaisesThePriorityButNeverLowersIt() {
        ModerationItem item = item();
        Priority opened = item.getPriority();
        item.join(Priority.LOW);
        assertThat(item.getPriority()).isEqualTo(opened);
        item.join(Priority.HIGH);
        assertThat(item.getPriority()).isEqualTo(Priority.HIGH);
        item.join(Priority.MEDIUM);
        assertThat(item.getPriority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void joiningCountsAnotherParticipant() {
        ModerationItem item = item();
        item.join(null);
        item.join(null);
        assertThat(item.getParticipantCount()).isEqualTo(3);
    }

    @Test
    void theViewTellsWhoHoldsALiveClaimAndHowLongTheItemWaited() {
        QueueItemView view = new QueueItemView(1, ItemKind.REPORT, ItemStatus.OPEN, Priority.HIGH, "comment", 5, "t",
                "/c/5", null, null, SUBMITTER, "sam", 1, Map.of(), ADA, "ada", noon.plus(HALF_HOUR),
                noon.minusSeconds(3 * 3600), null, null, null, null, null, 0);
        assertThat(view.waiting(noon)).isEqualTo(Duration.ofHours(3));
        assertThat(view.claimedBy(ADA, noon)).isTrue();
        assertThat(view.claimedBySomeoneElse(BOB, noon)).isTrue();
        assertThat(view.claimedBySomeoneElse(BOB, noon.plus(HALF_HOUR))).isFalse();
        assertThat(view.isCluster()).isFalse();
    }

    @Test
    void aDecisionFormJoinsTheCommonReasonAndTheNote() {
        assertThat(new DecisionForm(1L, Outcome.REJECTED, "Duplicate.", " See #12 ").reason())
                .isEqualTo("Duplicate. — See #12");
        assertThat(new DecisionForm(1L, Outcome.ACCEPTED, "", null).reason()).isNull();
    }
}
