package io.quire.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One thing that happened to an item. Written once, never changed. */
@Entity
@Table(name = "moderation_audit")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id")
    private long itemId;

    @Column(name = "actor_id")
    private long actorId;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String reason;

    private Instant at;

    protected AuditEntry() {
    }

    AuditEntry(long itemId, long actorId, AuditAction action, Outcome outcome, String reason, Instant at) {
        this.itemId = itemId;
        this.actorId = actorId;
        this.action = action;
        this.outcome = outcome;
        this.reason = reason == null ? null : ModerationItem.shorten(reason, 1000);
        this.at = at;
    }

    Long getId() {
        return id;
    }

    long getItemId() {
        return itemId;
    }

    long getActorId() {
        return actorId;
    }

    AuditAction getAction() {
        return action;
    }

    Outcome getOutcome() {
        return outcome;
    }

    String getReason() {
        return reason;
    }

    Instant getAt() {
        return at;
    }
}
