package io.quire.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An item as moderators and owners see it, with member names filled in.
 *
 * @param participantCount everyone who raised the item, the submitter included
 * @param reasonCounts how many participants gave each reason, most frequent first
 * @param claimedById who claimed the item last; the claim only counts while {@code claimExpiresAt} is ahead
 * @param version pass it back to {@link ModerationQueue#resolve} so that a stale decision is refused
 */
public record QueueItemView(long id, ItemKind kind, ItemStatus status, Priority priority, String subjectType,
        long subjectId, String title, String reviewPath, Long categoryId, String categoryName, long submitterId,
        String submitterName, int participantCount, Map<String, Long> reasonCounts, Long claimedById,
        String claimedByName, Instant claimExpiresAt, Instant createdAt, Instant decidedAt, Long decidedById,
        String decidedByName, Outcome outcome, String decisionReason, long version) {

    public QueueItemView {
        reasonCounts = Collections.unmodifiableMap(new LinkedHashMap<>(reasonCounts));
    }

    public boolean isOpen() {
        return status == ItemStatus.OPEN;
    }

    /** How long the item has waited: until now while open, until the decision once resolved. */
    public Duration waiting(Instant now) {
        Duration waited = Duration.between(createdAt, decidedAt != null ? decidedAt : now);
        return waited.isNegative() ? Duration.ZERO : waited;
    }

    /** Whether someone holds a claim that has not expired. Expired claims need no clean-up: they simply lapse. */
    public boolean isClaimedAt(Instant now) {
        return isOpen() && claimedById != null && claimExpiresAt != null && claimExpiresAt.isAfter(now);
    }

    public boolean claimedBy(long moderatorId, Instant now) {
        return isClaimedAt(now) && claimedById == moderatorId;
    }

    public boolean claimedBySomeoneElse(long moderatorId, Instant now) {
        return isClaimedAt(now) && !Objects.equals(claimedById, moderatorId);
    }

    /** Whether several members raised the same thing (e.g. four reports of one comment). */
    public boolean isCluster() {
        return participantCount > 1;
    }
}
