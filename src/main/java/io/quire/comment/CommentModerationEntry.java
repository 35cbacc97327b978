package io.quire.comment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of {@code comment_moderation_log}: who hid or unhid a comment, when, and why. Never changed. */
@Entity
@Table(name = "comment_moderation_log")
class CommentModerationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id")
    private long commentId;

    @Column(name = "moderator_id")
    private long moderatorId;

    @Enumerated(EnumType.STRING)
    private ModerationAction action;

    private String reason;

    @Column(name = "acted_at")
    private Instant actedAt;

    protected CommentModerationEntry() {
    }

    CommentModerationEntry(long commentId, long moderatorId, ModerationAction action, String reason, Instant at) {
        this.commentId = commentId;
        this.moderatorId = moderatorId;
        this.action = action;
        this.reason = reason;
        this.actedAt = at;
    }

    long getModeratorId() {
        return moderatorId;
    }

    ModerationAction getAction() {
        return action;
    }

    String getReason() {
        return reason;
    }

    Instant getActedAt() {
        return actedAt;
    }
}
