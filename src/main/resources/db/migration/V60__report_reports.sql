-- Members' reports of articles and comments. Reports on one item while it is open are grouped into one
-- moderation item (moderation_item_id); the moderator's decision handles them all at once.
-- open_reporter_id repeats reporter_id while the report is open and is NULL once it is handled, so the unique
-- key allows one open report per member per item and any number of handled ones (a unique index accepts many
-- NULLs on MySQL and MariaDB alike).
CREATE TABLE report (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    target_type        VARCHAR(16)   NOT NULL,
    target_id          BIGINT        NOT NULL,
    reporter_id        BIGINT        NOT NULL,
    reason             VARCHAR(32)   NOT NULL,
    details            VARCHAR(2000) NULL,
    status             VARCHAR(16)   NOT NULL,
    open_reporter_id   BIGINT        NULL,
    moderation_item_id BIGINT        NULL,
    created_at         DATETIME(6)   NOT NULL,
    handled_at         DATETIME(6)   NULL,
    handled_by         BIGINT        NULL,
    outcome            VARCHAR(32)   NULL,
    CONSTRAINT report_one_open_per_member_uk UNIQUE (target_type, target_id, open_reporter_id),
    CONSTRAINT report_reporter_fk FOREIGN KEY (reporter_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT report_handled_by_fk FOREIGN KEY (handled_by) REFERENCES member (id),
    INDEX report_by_target (target_type, target_id, status),
    INDEX report_by_item (moderation_item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
