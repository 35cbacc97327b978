-- In-app notifications. Listeners may run more than once for the same event (they are retried), so each
-- notification carries a key derived from its source event, unique per recipient. The title and link are
-- copied when the notification is made: they stay readable when the article later changes or disappears.
CREATE TABLE notification (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_id     BIGINT       NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    actor_id         BIGINT       NULL,
    subject_title    VARCHAR(200) NOT NULL DEFAULT '',
    link             VARCHAR(400) NOT NULL,
    detail           VARCHAR(500) NULL,
    source_event_key VARCHAR(160) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    read_at          DATETIME(6)  NULL,
    CONSTRAINT notification_source_uk UNIQUE (recipient_id, source_event_key),
    CONSTRAINT notification_recipient_fk FOREIGN KEY (recipient_id) REFERENCES member (id) ON DELETE CASCADE,
    INDEX notification_inbox (recipient_id, id),
    INDEX notification_unread (recipient_id, read_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
