-- The article's moderation log: each time a moderator hid a published article or restored a hidden one, with
-- the reason. The latest hiding gives a hidden article's banner its reason. article.status is VARCHAR(16), so
-- the new HIDDEN status needs no change there. Numbered after report's V60 so that databases that already
-- ran V60 take it without out-of-order migrations.
CREATE TABLE article_visibility_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id   BIGINT        NOT NULL,
    action       VARCHAR(16)   NOT NULL,
    moderator_id BIGINT        NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    INDEX article_visibility_by_article (article_id, id),
    CONSTRAINT article_visibility_article_fk FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT article_visibility_moderator_fk FOREIGN KEY (moderator_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
