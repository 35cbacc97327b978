package io.quire.improvement;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member's reservation of an article for an improvement. At most one is active per article (a unique key). */
@Entity
@Table(name = "improvement_pick")
class Pick {

    static final Duration LENGTH = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id")
    private long articleId;

    @Column(name = "member_id")
    private long memberId;

    @Enumerated(EnumType.STRING)
    private PickStatus status;

    @Column(name = "active_marker")
    private Integer activeMarker;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected Pick() {
    }

    Pick(long articleId, long memberId, Instant now) {
        this.articleId = articleId;
        this.memberId = memberId;
        this.status = PickStatus.ACTIVE;
        this.activeMarker = 1;
        this.startedAt = now;
        this.expiresAt = now.plus(LENGTH);
    }

    boolean isActiveAt(Instant now) {
        return status == PickStatus.ACTIVE && expiresAt.isAfter(now);
    }

    /** Ends the pick; an active pick past its end becomes EXPIRED whatever the reason given. */
    void end(PickStatus how, Instant now) {
        if (status != PickStatus.ACTIVE) {
            return;
        }
        status = expiresAt.isAfter(now) ? how : PickStatus.EXPIRED;
        activeMarker = null;
        endedAt = now;
    }

    PickView toView(String memberName) {
        return new PickView(id, articleId, memberId, memberName, status, startedAt, expiresAt);
    }

    Long getId() {
        return id;
    }

    long getArticleId() {
        return articleId;
    }

    long getMemberId() {
        return memberId;
    }

    PickStatus getStatus() {
        return status;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
