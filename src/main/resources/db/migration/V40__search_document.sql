-- The search module's copy of every published article, as plain text, kept current by listeners on the
-- article events and by a backfill. Two FULLTEXT indexes: titles alone, so that title matches can weigh more,
-- and everything together. InnoDB FULLTEXT indexes see rows only once they are committed.
CREATE TABLE search_document (
    article_id   BIGINT       NOT NULL PRIMARY KEY,
    slug         VARCHAR(120) NOT NULL,
    title        VARCHAR(200) NOT NULL,
    summary      VARCHAR(500) NOT NULL DEFAULT '',
    body         MEDIUMTEXT   NOT NULL,
    category_id  BIGINT       NULL,
    kind         VARCHAR(24)  NOT NULL,
    author_id    BIGINT       NOT NULL,
    -- The tags' slugs separated by spaces, as indexed; search_tag holds them one per row for filtering.
    tag_slugs    VARCHAR(400) NOT NULL DEFAULT '',
    published_at DATETIME(6)  NOT NULL,
    -- The article's own last change: a document older than its article is stale.
    updated_at   DATETIME(6)  NOT NULL,
    FULLTEXT INDEX search_document_title (title),
    FULLTEXT INDEX search_document_text (title, summary, body)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Filtering by tag joins on the primary key instead of scanning tag_slugs with LIKE.
CREATE TABLE search_tag (
    tag_slug   VARCHAR(40) NOT NULL,
    article_id BIGINT      NOT NULL,
    PRIMARY KEY (tag_slug, article_id),
    INDEX search_tag_by_article (article_id),
    CONSTRAINT search_tag_document_fk FOREIGN KEY (article_id) REFERENCES search_document (article_id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
