package io.quire.notification;

import java.time.Instant;

import io.quire.account.MemberSummary;

/**
 * A notification as the inbox shows it.
 *
 * @param actor who did it, or {@code null} (a moderator's decision names no one)
 * @param kind the message key suffix, e.g. {@code COMMENT_REPLY}
 */
public record NotificationView(long id, String kind, MemberSummary actor, String subjectTitle, String link,
        String detail, Instant createdAt, boolean unread) {

    public String actorName() {
        return actor == null ? "" : actor.displayName();
    }
}
