-- Comments under articles: top-level comments and one level of replies (parent_id names the top-level
-- comment). The Markdown source is kept for editing, the sanitized HTML is rendered once on write.
-- like_count and reply_count change only through atomic UPDATE ... SET n = n + ?.
-- (author_id, idempotency_key) makes a double-submitted form create one comment.
CREATE TABLE comment (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id      BIGINT      NOT NULL,
    author_id       BIGINT      NOT NULL,
    parent_id       BIGINT      NULL,
    status          VARCHAR(16) NOT NULL,
    body_markdown   TEXT        NOT NULL,
    body_html       MEDIUMTEXT  NOT NULL,
    like_count      INT         NOT NULL DEFAULT 0,
    reply_count     INT         NOT NULL DEFAULT 0,
    idempotency_key CHAR(36)    NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    edited_at       DATETIME(6) NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT comment_idempotency_uk UNIQUE (author_id, idempotency_key),
    CONSTRAINT comment_article_fk FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT comment_author_fk FOREIGN KEY (author_id) REFERENCES member (id),
    CONSTRAINT comment_parent_fk FOREIGN KEY (parent_id) REFERENCES comment (id),
    INDEX comment_thread (article_id, parent_id, created_at, id),
    INDEX comment_thread_liked (article_id, parent_id, like_count, id),
    INDEX comment_recent_by_author (author_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every hide and unhide: which moderator, when, and why.
CREATE TABLE comment_moderation_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    comment_id   BIGINT       NOT NULL,
    moderator_id BIGINT       NOT NULL,
    action       VARCHAR(16)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    acted_at     DATETIME(6)  NOT NULL,
    CONSTRAINT comment_moderation_log_comment_fk FOREIGN KEY (comment_id) REFERENCES comment (id) ON DELETE CASCADE,
    CONSTRAINT comment_moderation_log_moderator_fk FOREIGN KEY (moderator_id) REFERENCES member (id),
    INDEX comment_moderation_log_by_comment (comment_id, acted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
