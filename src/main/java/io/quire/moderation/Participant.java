package io.quire.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member who raised an item: its submitter, or someone who reported the same thing later. */
@Entity
@Table(name = "moderation_participant")
class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id")
    private long itemId;

    @Column(name = "member_id")
    private long memberId;

    private String reason;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Participant() {
    }

    Participant(long itemId, long memberId, String reason, Instant now) {
        this.itemId = itemId;
        this.memberId = memberId;
        this.reason = reason == null || reason.isBlank() ? null : ModerationItem.shorten(reason.strip(), 500);
        this.createdAt = now;
    }

    long getMemberId() {
        return memberId;
    }

    String getReason() {
        return reason;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
