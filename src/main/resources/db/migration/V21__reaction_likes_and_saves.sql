-- One row per like. The primary keys make a second like by the same member impossible; the counters on
-- article and comment change by the number of rows actually inserted or deleted, in the same transaction.
-- There is deliberately no foreign key to the liked or saved article or comment: InnoDB checks it with a
-- shared lock on that row, which the counter update in the same transaction then needs exclusively, so two
-- members liking at once would deadlock each other. Likes are only made for rows checked to exist, and
-- articles and comments are never deleted once published (comments are soft-deleted).
CREATE TABLE article_like (
    article_id BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (article_id, member_id),
    INDEX article_like_by_member (member_id, created_at),
    CONSTRAINT article_like_member_fk FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE comment_like (
    comment_id BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (comment_id, member_id),
    INDEX comment_like_by_member (member_id, created_at),
    CONSTRAINT comment_like_member_fk FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Reading lists. default_for holds the member id on the member's default list ("Saved", created on first
-- use) and NULL on the others, so that two concurrent first saves cannot create two default lists.
CREATE TABLE reading_list (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id   BIGINT      NOT NULL,
    name        VARCHAR(80) NOT NULL,
    default_for BIGINT      NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT reading_list_default_uk UNIQUE (default_for),
    CONSTRAINT reading_list_member_fk FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    INDEX reading_list_by_member (member_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member saves an article once, into one of their lists.
CREATE TABLE saved_item (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    list_id    BIGINT       NOT NULL,
    member_id  BIGINT       NOT NULL,
    article_id BIGINT       NOT NULL,
    note       VARCHAR(500) NULL,
    saved_at   DATETIME(6)  NOT NULL,
    CONSTRAINT saved_item_once_uk UNIQUE (member_id, article_id),
    CONSTRAINT saved_item_list_fk FOREIGN KEY (list_id) REFERENCES reading_list (id),
    CONSTRAINT saved_item_member_fk FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    INDEX saved_item_by_article (article_id),
    INDEX saved_item_by_list (list_id, saved_at, id),
    INDEX saved_item_by_member (member_id, saved_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
