-- A pick reserves an article for one member's improvement for seven days. active_marker is 1 while the pick
-- is active and NULL afterwards, so the unique key allows one active pick per article and any number of
-- finished ones (NULLs never collide in a unique key on MySQL and MariaDB).
CREATE TABLE improvement_pick (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id    BIGINT      NOT NULL,
    member_id     BIGINT      NOT NULL,
    status        VARCHAR(16) NOT NULL,
    active_marker INT         NULL,
    started_at    DATETIME(6) NOT NULL,
    expires_at    DATETIME(6) NOT NULL,
    ended_at      DATETIME(6) NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT improvement_pick_active_uk UNIQUE (article_id, active_marker),
    CONSTRAINT improvement_pick_article_fk FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT improvement_pick_member_fk FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX improvement_pick_expiry (active_marker, expires_at),
    INDEX improvement_pick_member (member_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A whole new text proposed against a base revision, from a pick.
CREATE TABLE improvement_proposal (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id        BIGINT        NOT NULL,
    pick_id           BIGINT        NOT NULL,
    author_id         BIGINT        NOT NULL,
    base_revision     INT           NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    summary           VARCHAR(500)  NOT NULL DEFAULT '',
    body_markdown     MEDIUMTEXT    NOT NULL,
    change_summary    VARCHAR(500)  NULL,
    status            VARCHAR(16)   NOT NULL,
    item_id           BIGINT        NULL,
    review_note       VARCHAR(1000) NULL,
    accepted_revision INT           NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT improvement_proposal_article_fk FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT improvement_proposal_pick_fk FOREIGN KEY (pick_id) REFERENCES improvement_pick (id),
    CONSTRAINT improvement_proposal_author_fk FOREIGN KEY (author_id) REFERENCES member (id),
    INDEX improvement_proposal_author (author_id, updated_at),
    INDEX improvement_proposal_article (article_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reader's suggestion, optionally anchored to a quoted passage of the paragraph with this fingerprint
-- in the base revision. Suggestions on one paragraph share one moderation item (item_id).
CREATE TABLE improvement_suggestion (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id    BIGINT        NOT NULL,
    author_id     BIGINT        NOT NULL,
    base_revision INT           NOT NULL,
    reason        VARCHAR(24)   NOT NULL,
    body          TEXT          NOT NULL,
    quote         VARCHAR(2000) NULL,
    replacement   VARCHAR(4000) NULL,
    fingerprint   CHAR(32)      NULL,
    status        VARCHAR(16)   NOT NULL,
    item_id       BIGINT        NULL,
    review_note   VARCHAR(1000) NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT improvement_suggestion_article_fk FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT improvement_suggestion_author_fk FOREIGN KEY (author_id) REFERENCES member (id),
    INDEX improvement_suggestion_author (author_id, updated_at),
    INDEX improvement_suggestion_article (article_id, status),
    INDEX improvement_suggestion_item (item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
