package io.quire.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.quire.account.MemberDirectory;
import io.quire.account.MemberSummary;
import io.quire.shared.PageView;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member's notifications: making them (once per source event), listing them, marking them read. */
@Service
class Inbox {

    static final int PAGE_SIZE = 20;

    private static final int MAX_TITLE = 200;

    private static final int MAX_DETAIL = 500;

    private final NotificationRepository notifications;
    private final NotificationCounts counts;
    private final MemberDirectory directory;
    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(NotificationRepository notifications, NotificationCounts counts, MemberDirectory directory, JdbcClient jdbc,
            Clock clock) {
        this.notifications = notifications;
        this.counts = counts;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Makes a notification unless the recipient caused it or already has the one for this source event.
     *
     * @param sourceEventKey names the event it comes from, e.g. {@code comment:42:reply}; unique per recipient
     * @return whether a notification was made
     */
    @Transactional
    boolean notify(long recipientId, NotificationKind kind, Long actorId, String subjectTitle, String link,
            String detail, String sourceEventKey) {
        if (actorId != null && actorId == recipientId) {
            return false;
        }
        int inserted = jdbc.sql("""
                        INSERT IGNORE INTO notification
                            (recipient_id, kind, actor_id, subject_title, link, detail, source_event_key, created_at)
                        VALUES (:recipient, :kind, :actor, :title, :link, :detail, :key, :now)""")
                .param("recipient", recipientId).param("kind", kind.name()).param("actor", actorId)
                .param("title", clip(subjectTitle, MAX_TITLE)).param("link", link)
                .param("detail", detail == null || detail.isBlank() ? null : clip(detail.strip(), MAX_DETAIL))
                .param("key", sourceEventKey).param("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        counts.changed(recipientId);
        return inserted > 0;
    }

    /** The member's notifications, newest first; pages count from 0. */
    @Transactional(readOnly = true)
    PageView<NotificationView> page(long memberId, int page) {
        Page<Notification> found = notifications.findInbox(memberId, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        Map<Long, MemberSummary> actors = directory.findAll(found.getContent().stream()
                .map(Notification::getActorId).filter(java.util.Objects::nonNull).distinct().toList());
        return PageView.of(found, n -> view(n, actors));
    }

    @Transactional
    NotificationView markRead(long notificationId, long memberId) {
        Notification notification = own(notificationId, memberId);
        notification.markRead(clock.instant());
        counts.changed(memberId);
        return view(notification, directory.findAll(notification.getActorId() == null ? List.of()
                : List.of(notification.getActorId())));
    }

    @Transactional
    void markAllRead(long memberId) {
        notifications.markAllRead(memberId, clock.instant());
        counts.changed(memberId);
    }

    private Notification own(long notificationId, long memberId) {
        Notification notification = notifications.findById(notificationId)
                .orElseThrow(() -> new NotificationNotFoundException(notificationId));
        if (!notification.isFor(memberId)) {
            throw new AccessDeniedException("Not your notification");
        }
        return notification;
    }

    private static NotificationView view(Notification n, Map<Long, MemberSummary> actors) {
        return new NotificationView(n.getId(), n.getKind().name(),
                n.getActorId() == null ? null : actors.get(n.getActorId()), n.getSubjectTitle(), n.getLink(),
                n.getDetail(), n.getCreatedAt(), n.getReadAt() == null);
    }

    private static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
