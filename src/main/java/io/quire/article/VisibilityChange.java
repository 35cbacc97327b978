package io.quire.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of an article's moderation log: who hid or restored it, when and why. Never changed. The latest
 * HIDDEN line is the reason shown on a hidden article's banner.
 */
@Entity
@Table(name = "article_visibility_change")
class VisibilityChange {

    enum Action {
        HIDDEN, RESTORED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id")
    private long articleId;

    @Enumerated(EnumType.STRING)
    private Action action;

    @Column(name = "moderator_id")
    private long moderatorId;

    private String reason;

    @Column(name = "created_at")
    private Instant createdAt;

    protected VisibilityChange() {
    }

    VisibilityChange(long articleId, Action action, long moderatorId, String reason, Instant createdAt) {
        this.articleId = articleId;
        this.action = action;
        this.moderatorId = moderatorId;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    Action getAction() {
        return action;
    }

    long getModeratorId() {
        return moderatorId;
    }

    String getReason() {
        return reason;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
