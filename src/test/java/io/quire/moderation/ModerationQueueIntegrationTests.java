package io.quire.moderation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quire.IntegrationTest;
import io.quire.TestMembers;
import io.quire.TestMembers.Created;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
@RecordApplicationEvents
class ModerationQueueIntegrationTests {

    @Autowired
    ModerationQueue queue;

    @Autowired
    TestMembers members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    ApplicationEvents events;

    @Test
    void reportsWithTheSameClusterKeyBecomeOneItemThatCountsEveryReason() {
        String cluster = "comment:" + TestItems.newSubjectId();
        long first = queue.open(TestItems.report(members.member().id()).cluster(cluster).reason("spam").build());
        long second = queue.open(TestItems.report(members.member().id()).cluster(cluster).reason("spam").build());
        long third = queue.open(TestItems.report(members.member().id()).cluster(cluster).reason("abusive").build());

        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        QueueItemView item = queue.find(first).orElseThrow();
        assertThat(item.participantCount()).isEqualTo(3);
        assertThat(item.reasonCounts()).containsExactly(Map.entry("spam", 2L), Map.entry("abusive", 1L));
        assertThat(queue.history(first)).extracting(AuditEntryView::action)
                .containsExactly(AuditAction.OPENED, AuditAction.JOINED, AuditAction.JOINED);
    }

    @Test
    void aMemberReportingTheSameThingTwiceCountsOnce() {
        Created reporter = members.member();
        String cluster = "comment:" + TestItems.newSubjectId();
        long id = queue.open(TestItems.report(reporter.id()).cluster(cluster).reason("spam").build());
        queue.open(TestItems.report(members.member().id()).cluster(cluster).reason("spam").build());
        assertThat(queue.open(TestItems.report(reporter.id()).cluster(cluster).reason("abusive").build())).isEqualTo(id);

        assertThat(queue.find(id).orElseThrow().participantCount()).isEqualTo(2);
    }

    @Test
    void aReportArrivingAfterTheClusterWasDecidedOpensANewItem() {
        Created moderator = members.moderator();
        String cluster = "comment:" + TestItems.newSubjectId();
        long decided = queue.open(TestItems.report(members.member().id()).cluster(cluster).reason("spam").build());
        queue.resolve(decided, moderator.id(), 0, Outcome.DISMISSED, null);

        long fresh = queue.open(TestItems.report(members.member().id()).cluster(cluster).reason("spam").build());

        assertThat(fresh).isNotEqualTo(decided);
        assertThat(queue.find(fresh).orElseThrow().participantCount()).isEqualTo(1);
    }

    @Test
    void resolvingRecordsTheDecisionAndPublishesItemResolvedForEveryParticipant() {
        Created moderator = members.moderator();
        Created first = members.member();
        Created second = members.member();
        String cluster = "comment:" + TestItems.newSubjectId();
        long id = queue.open(TestItems.report(first.id()).cluster(cluster).reason("spam").build());
        queue.open(TestItems.report(second.id()).cluster(cluster).reason("spam").build());
        QueueItemView before = queue.find(id).orElseThrow();

        QueueItemView after = queue.resolve(id, moderator.id(), before.version(), Outcome.CONTENT_HIDDEN, "Spam link");

        assertThat(after.status()).isEqualTo(ItemStatus.RESOLVED);
        assertThat(after.decidedById()).isEqualTo(moderator.id());
        assertThat(after.decidedByName()).isEqualTo(moderator.username());
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(events.stream(ItemResolved.class).filter(e -> e.itemId() == id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(Outcome.CONTENT_HIDDEN);
                    assertThat(e.reason()).isEqualTo("Spam link");
                    assertThat(e.moderatorId()).isEqualTo(moderator.id());
                    assertThat(e.submitterId()).isEqualTo(first.id());
                    assertThat(e.subjectType()).isEqualTo(TestItems.SUBJECT_TYPE);
                    assertThat(e.participantIds()).containsExactly(first.id(), second.id());
                });
        assertThat(queue.history(id)).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.RESOLVED);
            assertThat(entry.outcome()).isEqualTo(Outcome.CONTENT_HIDDEN);
            assertThat(entry.actorName()).isEqualTo(moderator.username());
        });
    }

    @Test
    void nobodyDecidesTheirOwnSubmissionOrAReportTheyJoined() {
        Created moderator = members.moderator();
        Created otherModerator = members.moderator();
        long own = queue.open(TestItems.improvement(moderator.id()).build());
        String cluster = "comment:" + TestItems.newSubjectId();
        long joined = queue.open(TestItems.report(members.member().id()).cluster(cluster).reason("spam").build());
        queue.open(TestItems.report(otherModerator.id()).cluster(cluster).reason("spam").build());

        assertThatThrownBy(() -> queue.resolve(own, moderator.id(), 0, Outcome.ACCEPTED, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.resolve(joined, otherModerator.id(), 0, Outcome.CONTENT_DELETED, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.claim(own, moderator.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(queue.find(own).orElseThrow().isOpen()).isTrue();
        assertThat(queue.isRaisedBy(joined, otherModerator.id())).isTrue();
    }

    @Test
    void onlyModeratorsDecide() {
        long id = queue.open(TestItems.improvement(members.member().id()).build());
        assertThatThrownBy(() -> queue.resolve(id, members.member().id(), 0, Outcome.ACCEPTED, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.claim(id, members.member().id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLateDecisionIsRefusedNamingWhoDecidedWhenAndHow() {
        Created ada = members.moderator();
        Created bob = members.moderator();
        long id = queue.open(TestItems.improvement(members.member().id()).build());
        queue.resolve(id, ada.id(), 0, Outcome.ACCEPTED, null);

        assertThatThrownBy(() -> queue.resolve(id, bob.id(), 0, Outcome.REJECTED, null))
                .isInstanceOfSatisfying(ItemAlreadyDecidedException.class, lost -> {
                    assertThat(lost.decidedById()).isEqualTo(ada.id());
                    assertThat(lost.outcome()).isEqualTo(Outcome.ACCEPTED);
                    assertThat(lost.decidedAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
                    assertThat(messages.getMessage(lost, Locale.ENGLISH))
                            .startsWith("Too late: " + ada.username() + " already decided this item on ")
                            .endsWith(": Accepted.");
                });
        assertThat(queue.find(id).orElseThrow().outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void claimingSaysWhoHoldsTheItemAndUntilWhenAndDoesNotStaleTheDecisionForm() {
        Created ada = members.moderator();
        Created bob = members.moderator();
        long id = queue.open(TestItems.improvement(members.member().id()).build());
        long version = queue.find(id).orElseThrow().version();

        queue.claim(id, ada.id());

        QueueItemView claimed = queue.find(id).orElseThrow();
        assertThat(claimed.claimedBy(ada.id(), Instant.now())).isTrue();
        assertThat(claimed.claimExpiresAt()).isCloseTo(Instant.now().plus(Duration.ofMinutes(30)),
                within(1, ChronoUnit.MINUTES));
        assertThat(claimed.version()).isEqualTo(version);
        assertThatThrownBy(() -> queue.claim(id, bob.id()))
                .isInstanceOfSatisfying(ItemClaimedException.class, taken -> {
                    assertThat(taken.claimedById()).isEqualTo(ada.id());
                    assertThat(taken.until()).isEqualTo(claimed.claimExpiresAt());
                    assertThat(messages.getMessage(taken, Locale.ENGLISH))
                            .startsWith("This item is claimed by " + ada.username() + " until ");
                });
        queue.resolve(id, ada.id(), version, Outcome.ACCEPTED, null);
    }

    @Test
    void anExpiredClaimLapsesWithoutAnyCleanUp() {
        Created ada = members.moderator();
        Created bob = members.moderator();
        long id = queue.open(TestItems.improvement(members.member().id()).build());
        queue.claim(id, ada.id());
        jdbc.update("update moderation_item set claim_expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), id);

        assertThat(queue.find(id).orElseThrow().isClaimedAt(Instant.now())).isFalse();
        queue.claim(id, bob.id());
        assertThat(queue.find(id).orElseThrow().claimedById()).isEqualTo(bob.id());
    }

    @Test
    void releasingGivesTheItemBackAndOnlyTheClaimantCanRelease() {
        Created ada = members.moderator();
        Created bob = members.moderator();
        long id = queue.open(TestItems.improvement(members.member().id()).build());
        queue.claim(id, ada.id());

        queue.release(id, bob.id());
        assertThat(queue.find(id).orElseThrow().claimedById()).isEqualTo(ada.id());
        queue.release(id, ada.id());
        assertThat(queue.find(id).orElseThrow().claimedById()).isNull();
        assertThat(queue.history(id)).extracting(AuditEntryView::action)
                .containsExactly(AuditAction.OPENED, AuditAction.CLAIMED, AuditAction.RELEASED);
    }

    @Test
    void theDeciderUndoesWithinTheWindowAndOwnersAreTold() {
        Created ada = members.moderator();
        long id = queue.open(TestItems.improvement(members.member().id()).build());
        queue.resolve(id, ada.id(), 0, Outcome.REJECTED, "No");

        QueueItemView reopened = queue.reopen(id, ada.id());

        assertThat(reopened.isOpen()).isTrue();
        assertThat(reopened.outcome()).isNull();
        assertThat(events.stream(ItemReopened.class).filter(e -> e.itemId() == id)).singleElement()
                .satisfies(e -> assertThat(e.previousOutcome()).isEqualTo(Outcome.REJECTED));
        assertThat(queue.history(id)).extracting(AuditEntryView::action)
                .containsExactly(AuditAction.OPENED, AuditAction.RESOLVED, AuditAction.REOPENED);
        queue.resolve(id, ada.id(), reopened.version(), Outcome.ACCEPTED, null);
    }

    @Test
    void anotherModeratorCannotUndoButAnAdminCan() {
        Created ada = members.moderator();
        long id = queue.open(TestItems.improvement(members.member().id()).build());
        queue.resolve(id, ada.id(), 0, Outcome.ACCEPTED, null);

        assertThatThrownBy(() -> queue.reopen(id, members.moderator().id())).isInstanceOf(AccessDeniedException.class);
        Created admin = members.admin();
        assertThat(queue.mayReopen(id, admin.id(), true)).isTrue();
        assertThat(queue.reopen(id, admin.id()).isOpen()).isTrue();
    }

    @Test
    void undoIsRefusedOnceTheWindowHasClosed() {
        Created ada = members.moderator();
        long id = queue.open(TestItems.improvement(members.member().id()).build());
        queue.resolve(id, ada.id(), 0, Outcome.ACCEPTED, null);
        Instant elevenMinutesAgo = Instant.now().minus(Duration.ofMinutes(11));
        jdbc.update("update moderation_item set decided_at = ? where id = ?", Timestamp.from(elevenMinutesAgo), id);

        assertThat(queue.mayReopen(id, ada.id(), false)).isFalse();
        assertThatThrownBy(() -> queue.reopen(id, ada.id()))
                .isInstanceOfSatisfying(UndoNotAllowedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("moderation.undo.expired");
                    assertThat(refused.windowClosedAt()).isCloseTo(elevenMinutesAgo.plus(Duration.ofMinutes(10)),
                            within(1, ChronoUnit.MILLIS));
                });
    }

    @Test
    void theSubmitterWithdrawsAndNobodyElseCan() {
        Created author = members.member();
        NewItem submission = TestItems.of(ItemKind.ARTICLE_SUBMISSION, author.id()).build();
        long id = queue.open(submission);

        assertThatThrownBy(() -> queue.withdraw(submission.subjectType(), submission.subjectId(), members.member().id()))
                .isInstanceOf(AccessDeniedException.class);
        queue.withdraw(submission.subjectType(), submission.subjectId(), author.id());

        QueueItemView item = queue.find(id).orElseThrow();
        assertThat(item.outcome()).isEqualTo(Outcome.WITHDRAWN);
        assertThat(queue.findOpen(submission.subjectType(), submission.subjectId())).isEmpty();
        assertThat(queue.findLatest(submission.subjectType(), submission.subjectId())).map(QueueItemView::id).hasValue(id);
        assertThat(events.stream(ItemResolved.class).filter(e -> e.itemId() == id)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.WITHDRAWN));
        assertThatThrownBy(() -> queue.reopen(id, members.admin().id())).isInstanceOf(UndoNotAllowedException.class);
    }

    @Test
    void theDailyCapRefusesTheSixthArticleAndSaysUntilWhen() {
        Created author = members.member();
        for (int i = 0; i < 5; i++) {
            assertThat(queue.checkSubmission(author.id(), ItemKind.ARTICLE_SUBMISSION).allowed()).isTrue();
            queue.open(TestItems.of(ItemKind.ARTICLE_SUBMISSION, author.id()).build());
        }
        Instant firstSubmission = jdbc.queryForObject("select min(created_at) from moderation_item where submitter_id = ?",
                Timestamp.class, author.id()).toInstant();

        SubmissionCheck check = queue.checkSubmission(author.id(), ItemKind.ARTICLE_SUBMISSION);

        assertThat(check.allowed()).isFalse();
        assertThat(check.messageKey()).isEqualTo("moderation.check.daily-cap.ARTICLE_SUBMISSION");
        assertThat(check.until()).isEqualTo(firstSubmission.plus(Duration.ofHours(24)));
        assertThat(messages.getMessage(check.messageKey(), check.args(), Locale.ENGLISH))
                .startsWith("You have submitted 5 articles in the last 24 hours")
                .contains("after " + Times.utc(check.until()));
        assertThat(queue.checkSubmission(author.id(), ItemKind.IMPROVEMENT).allowed()).isTrue();
    }

    @Test
    void reportsThatJoinedSomeoneElsesItemCountTowardsTheCap() {
        Created reporter = members.member();
        for (int i = 0; i < 30; i++) {
            String cluster = "comment:" + TestItems.newSubjectId();
            queue.open(TestItems.report(members.member().id()).cluster(cluster).reason("spam").build());
            queue.open(TestItems.report(reporter.id()).cluster(cluster).reason("spam").build());
        }
        assertThat(queue.checkSubmission(reporter.id(), ItemKind.REPORT).messageKey())
                .isEqualTo("moderation.check.daily-cap.REPORT");
    }

    @Test
    void threeRefusalsInARowStartADayOfCoolingOff() {
        Created moderator = members.moderator();
        Created eager = members.member();
        for (int i = 0; i < 3; i++) {
            long id = queue.open(TestItems.of(ItemKind.SUGGESTION, eager.id()).build());
            queue.resolve(id, moderator.id(), 0, Outcome.REJECTED, null);
        }
        Instant lastRefusal = jdbc.queryForObject("select max(decided_at) from moderation_item where submitter_id = ?",
                Timestamp.class, eager.id()).toInstant();

        SubmissionCheck check = queue.checkSubmission(eager.id(), ItemKind.SUGGESTION);

        assertThat(check.allowed()).isFalse();
        assertThat(check.until()).isEqualTo(lastRefusal.plus(Duration.ofHours(24)));
        assertThat(messages.getMessage(check.messageKey(), check.args(), Locale.ENGLISH))
                .startsWith("Your last 3 suggestions were declined.");
        assertThat(queue.checkSubmission(eager.id(), ItemKind.IMPROVEMENT).allowed()).isTrue();
    }

    @Test
    void anAcceptanceBreaksARunOfRefusals() {
        Created moderator = members.moderator();
        Created author = members.member();
        for (Outcome outcome : List.of(Outcome.REJECTED, Outcome.ACCEPTED, Outcome.REJECTED, Outcome.REJECTED)) {
            long id = queue.open(TestItems.of(ItemKind.SUGGESTION, author.id()).build());
            queue.resolve(id, moderator.id(), 0, outcome, null);
        }
        assertThat(queue.checkSubmission(author.id(), ItemKind.SUGGESTION).allowed()).isTrue();
    }

    @Test
    void knowsWhetherAMemberEverHadAnItemOfAKindAccepted() {
        Created moderator = members.moderator();
        Created author = members.member();
        long rejected = queue.open(TestItems.of(ItemKind.ARTICLE_SUBMISSION, author.id()).build());
        queue.resolve(rejected, moderator.id(), 0, Outcome.REJECTED, null);
        assertThat(queue.hasResolvedAccepted(author.id(), ItemKind.ARTICLE_SUBMISSION)).isFalse();

        long accepted = queue.open(TestItems.of(ItemKind.ARTICLE_SUBMISSION, author.id()).build());
        queue.resolve(accepted, moderator.id(), 0, Outcome.ACCEPTED, null);
        assertThat(queue.hasResolvedAccepted(author.id(), ItemKind.ARTICLE_SUBMISSION)).isTrue();
        assertThat(queue.hasResolvedAccepted(author.id(), ItemKind.IMPROVEMENT)).isFalse();
    }

    @Test
    void openCountsCountOpenItemsPerKind() {
        Map<ItemKind, Long> before = queue.openCounts();
        Created member = members.member();
        queue.open(TestItems.of(ItemKind.HELD_COMMENT, member.id()).build());
        queue.open(TestItems.of(ItemKind.HELD_COMMENT, member.id()).build());
        long decided = queue.open(TestItems.of(ItemKind.HELD_COMMENT, member.id()).build());
        queue.resolve(decided, members.moderator().id(), 0, Outcome.ACCEPTED, null);

        Map<ItemKind, Long> after = queue.openCounts();

        assertThat(after.get(ItemKind.HELD_COMMENT) - before.getOrDefault(ItemKind.HELD_COMMENT, 0L)).isEqualTo(2);
        assertThat(after.values()).allMatch(count -> count > 0);
    }
}
