package io.quire.notification;

/** What a notification is about; each kind has its message {@code notification.kind.<KIND>}. */
enum NotificationKind {
    COMMENT_REPLY, ARTICLE_COMMENT, ARTICLE_PUBLISHED, ARTICLE_SENT_BACK, ARTICLE_REJECTED, REPORT_UPHELD,
    REPORT_DISMISSED, AUTHOR_WARNED, ARTICLE_HIDDEN, ARTICLE_RESTORED
}
