package io.quire.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

import org.springframework.security.access.AccessDeniedException;

/**
 * One piece of review work and its state machine: OPEN, optionally claimed for a while, then RESOLVED with an
 * outcome, and within the undo window OPEN again.
 * <p>
 * The version guards the decision. Claims and cluster joins (with the priority a join may raise) are excluded from it (they are serialised with a
 * row lock instead), so claiming an item does not make the decision form a moderator already has stale. Updates
 * are dynamic so that a decision never writes back a stale claim or participant count.
 */
@Entity
@Table(name = "moderation_item")
@DynamicUpdate
class ModerationItem {

    static final int TITLE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ItemKind kind;

    @Enumerated(EnumType.STRING)
    private ItemStatus status;

    @OptimisticLock(excluded = true)
    @Enumerated(EnumType.STRING)
    private Priority priority;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private long subjectId;

    private String title;

    @Column(name = "review_path")
    private String reviewPath;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "category_name")
    private String categoryName;

    @Column(name = "submitter_id")
    private long submitterId;

    @Column(name = "cluster_key")
    private String clusterKey;

    @OptimisticLock(excluded = true)
    @Column(name = "participant_count")
    private int participantCount;

    @OptimisticLock(excluded = true)
    @Column(name = "claimed_by")
    private Long claimedBy;

    @OptimisticLock(excluded = true)
    @Column(name = "claim_expires_at")
    private Instant claimExpiresAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Version
    private long version;

    protected ModerationItem() {
    }

    ModerationItem(NewItem item, Instant now) {
        Objects.requireNonNull(item.kind(), "kind");
        if (item.subjectType() == null || item.subjectType().isBlank() || item.subjectType().length() > 40) {
            throw new IllegalArgumentException("A subject type of 1 to 40 characters is required");
        }
        if (item.clusterKey() != null && item.clusterKey().length() > 191) {
            throw new IllegalArgumentException("A cluster key has at most 191 characters");
        }
        if (item.title() == null || item.title().isBlank()) {
            throw new IllegalArgumentException("A title is required");
        }
        if (item.reviewPath() == null || !item.reviewPath().startsWith("/") || item.reviewPath().startsWith("//")
                || item.reviewPath().length() > 500) {
            throw new IllegalArgumentException("The review path must be a local path: " + item.reviewPath());
        }
        this.kind = item.kind();
        this.status = ItemStatus.OPEN;
        this.priority = item.priority() == null ? Priority.MEDIUM : item.priority();
        this.subjectType = item.subjectType();
        this.subjectId = item.subjectId();
        this.title = shorten(item.title().strip(), TITLE_LENGTH);
        this.reviewPath = item.reviewPath();
        this.categoryId = item.categoryId();
        this.categoryName = item.categoryId() == null || item.categoryName() == null ? null
                : shorten(item.categoryName(), 80);
        this.submitterId = item.submitterId();
        this.clusterKey = item.clusterKey() == null || item.clusterKey().isBlank() ? null : item.clusterKey();
        this.participantCount = 1;
        this.createdAt = now;
    }

    boolean isOpen() {
        return status == ItemStatus.OPEN;
    }

    boolean isClaimedAt(Instant now) {
        return isOpen() && claimedBy != null && claimExpiresAt != null && claimExpiresAt.isAfter(now);
    }

    boolean isClaimedBySomeoneElse(long moderatorId, Instant now) {
        return isClaimedAt(now) && claimedBy != moderatorId;
    }

    /** Claims the item for {@code duration}, or extends the moderator's own claim. */
    void claim(long moderatorId, Instant now, Duration duration) {
        requireOpen();
        refuseSubmitter(moderatorId);
        if (isClaimedBySomeoneElse(moderatorId, now)) {
            throw new IllegalStateException("Item " + id + " is claimed by member " + claimedBy);
        }
        this.claimedBy = moderatorId;
        this.claimExpiresAt = now.plus(duration);
    }

    /** @return whether the moderator held the claim (expired or not) and gave it up */
    boolean release(long moderatorId) {
        if (claimedBy == null || claimedBy != moderatorId) {
            return false;
        }
        this.claimedBy = null;
        this.claimExpiresAt = null;
        return true;
    }

    /** Another member raised the same thing, and may have judged it more urgent ({@code null}: no opinion). */
    void join(Priority judged) {
        requireOpen();
        participantCount++;
        if (judged != null && judged.compareTo(priority) > 0) {
            this.priority = judged;
        }
    }

    void resolve(long moderatorId, Outcome outcome, String reason, Instant now) {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.WITHDRAWN) {
            throw new IllegalArgumentException("Only the submitter withdraws an item");
        }
        requireOpen();
        refuseSubmitter(moderatorId);
        decide(moderatorId, outcome, reason, now);
    }

    void withdraw(long memberId, Instant now) {
        requireOpen();
        if (memberId != submitterId) {
            throw new AccessDeniedException("Only the submitter withdraws an item");
        }
        decide(memberId, Outcome.WITHDRAWN, null, now);
    }

    /** Whether this member may undo the decision now: its decider or an admin, within the window, not a withdrawal. */
    boolean isUndoableBy(long memberId, boolean admin, Instant now, Duration window) {
        return status == ItemStatus.RESOLVED && outcome != Outcome.WITHDRAWN
                && (admin || Objects.equals(decidedBy, memberId)) && !now.isAfter(decidedAt.plus(window));
    }

    /** Undoes the decision. @return the outcome that was undone */
    Outcome reopen(long memberId, boolean admin, Instant now, Duration window) {
        if (!isUndoableBy(memberId, admin, now, window)) {
            throw new IllegalStateException("Item " + id + " cannot be reopened by member " + memberId + " now");
        }
        Outcome undone = outcome;
        this.status = ItemStatus.OPEN;
        this.outcome = null;
        this.decidedAt = null;
        this.decidedBy = null;
        this.decisionReason = null;
        return undone;
    }

    private void decide(long memberId, Outcome outcome, String reason, Instant now) {
        this.status = ItemStatus.RESOLVED;
        this.outcome = outcome;
        this.decisionReason = reason == null || reason.isBlank() ? null : shorten(reason.strip(), 1000);
        this.decidedBy = memberId;
        this.decidedAt = now;
        this.claimedBy = null;
        this.claimExpiresAt = null;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("Item " + id + " is already resolved");
        }
    }

    private void refuseSubmitter(long memberId) {
        if (memberId == submitterId) {
            throw new AccessDeniedException("Nobody decides their own submission");
        }
    }

    /** Cuts to at most {@code max} characters as the database counts them (code points), ending in an ellipsis. */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    Long getId() {
        return id;
    }

    ItemKind getKind() {
        return kind;
    }

    ItemStatus getStatus() {
        return status;
    }

    Priority getPriority() {
        return priority;
    }

    String getSubjectType() {
        return subjectType;
    }

    long getSubjectId() {
        return subjectId;
    }

    String getTitle() {
        return title;
    }

    String getReviewPath() {
        return reviewPath;
    }

    Long getCategoryId() {
        return categoryId;
    }

    String getCategoryName() {
        return categoryName;
    }

    long getSubmitterId() {
        return submitterId;
    }

    String getClusterKey() {
        return clusterKey;
    }

    int getParticipantCount() {
        return participantCount;
    }

    Long getClaimedBy() {
        return claimedBy;
    }

    Instant getClaimExpiresAt() {
        return claimExpiresAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    Long getDecidedBy() {
        return decidedBy;
    }

    Outcome getOutcome() {
        return outcome;
    }

    String getDecisionReason() {
        return decisionReason;
    }

    long getVersion() {
        return version;
    }
}
