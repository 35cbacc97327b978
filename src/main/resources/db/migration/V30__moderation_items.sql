-- The moderation queue: one row per piece of review work, whatever its subject. Owner modules open items and
-- apply outcomes; this module only knows the subject's type and id, a title and where to review it.
CREATE TABLE moderation_item (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind             VARCHAR(32)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    priority         VARCHAR(8)    NOT NULL,
    subject_type     VARCHAR(40)   NOT NULL,
    subject_id       BIGINT        NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    review_path      VARCHAR(500)  NOT NULL,
    category_id      BIGINT        NULL,
    category_name    VARCHAR(80)   NULL,
    submitter_id     BIGINT        NOT NULL,
    cluster_key      VARCHAR(191)  NULL,
    participant_count INT          NOT NULL DEFAULT 1,
    claimed_by       BIGINT        NULL,
    claim_expires_at DATETIME(6)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    decided_at       DATETIME(6)   NULL,
    decided_by       BIGINT        NULL,
    outcome          VARCHAR(32)   NULL,
    decision_reason  VARCHAR(1000) NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT moderation_item_submitter_fk FOREIGN KEY (submitter_id) REFERENCES member (id),
    CONSTRAINT moderation_item_claimed_by_fk FOREIGN KEY (claimed_by) REFERENCES member (id),
    CONSTRAINT moderation_item_decided_by_fk FOREIGN KEY (decided_by) REFERENCES member (id),
    INDEX moderation_item_queue (status, kind, created_at),
    INDEX moderation_item_subject (subject_type, subject_id),
    INDEX moderation_item_cluster (cluster_key, status),
    INDEX moderation_item_submitter (submitter_id, kind, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Everyone who raised an item: the submitter, and whoever joined a cluster later (four reports of one comment).
CREATE TABLE moderation_participant (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id    BIGINT       NOT NULL,
    member_id  BIGINT       NOT NULL,
    reason     VARCHAR(500) NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT moderation_participant_item_fk FOREIGN KEY (item_id) REFERENCES moderation_item (id),
    CONSTRAINT moderation_participant_member_fk FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT moderation_participant_uk UNIQUE (item_id, member_id),
    INDEX moderation_participant_member (member_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What happened to each item, by whom and when. Rows are only ever added.
CREATE TABLE moderation_audit (
    id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id  BIGINT        NOT NULL,
    actor_id BIGINT        NOT NULL,
    action   VARCHAR(16)   NOT NULL,
    outcome  VARCHAR(32)   NULL,
    reason   VARCHAR(1000) NULL,
    at       DATETIME(6)   NOT NULL,
    CONSTRAINT moderation_audit_item_fk FOREIGN KEY (item_id) REFERENCES moderation_item (id),
    CONSTRAINT moderation_audit_actor_fk FOREIGN KEY (actor_id) REFERENCES member (id),
    INDEX moderation_audit_item (item_id, at),
    INDEX moderation_audit_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per cluster key, locked (INSERT ... ON DUPLICATE KEY UPDATE) by every open() of that key, so that two
-- reports of the same thing arriving at once end up in one item instead of two. Holds no other meaning.
CREATE TABLE moderation_cluster_lock (
    cluster_key VARCHAR(191) NOT NULL PRIMARY KEY,
    locked_at   DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
