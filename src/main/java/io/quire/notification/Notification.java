package io.quire.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A notification for one member. Rows are inserted with {@code INSERT IGNORE} by {@link Inbox}; only reading changes them. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id")
    private long recipientId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "subject_title")
    private String subjectTitle;

    private String link;

    private String detail;

    @Column(name = "source_event_key")
    private String sourceEventKey;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    boolean isFor(long memberId) {
        return recipientId == memberId;
    }

    Long getId() {
        return id;
    }

    NotificationKind getKind() {
        return kind;
    }

    Long getActorId() {
        return actorId;
    }

    String getSubjectTitle() {
        return subjectTitle;
    }

    String getLink() {
        return link;
    }

    String getDetail() {
        return detail;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }
}
