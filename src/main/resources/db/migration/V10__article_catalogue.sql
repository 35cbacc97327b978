CREATE TABLE category (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug        VARCHAR(80)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    description VARCHAR(500) NULL,
    parent_id   BIGINT       NULL,
    position    INT          NOT NULL DEFAULT 0,
    CONSTRAINT category_slug_uk UNIQUE (slug),
    CONSTRAINT category_parent_fk FOREIGN KEY (parent_id) REFERENCES category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tag (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug          VARCHAR(40) NOT NULL,
    name          VARCHAR(40) NOT NULL,
    article_count INT         NOT NULL DEFAULT 0,
    CONSTRAINT tag_slug_uk UNIQUE (slug),
    INDEX tag_popularity (article_count)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The article row carries the rendered current revision (HTML, table of contents, excerpt, reading time,
-- plain text) and denormalised counters, so the reading page never renders Markdown or counts rows.
CREATE TABLE article (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug                VARCHAR(120)  NOT NULL,
    kind                VARCHAR(24)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    author_id           BIGINT        NOT NULL,
    category_id         BIGINT        NULL,
    title               VARCHAR(200)  NOT NULL,
    summary             VARCHAR(500)  NOT NULL DEFAULT '',
    body_markdown       MEDIUMTEXT    NOT NULL,
    tag_list            VARCHAR(400)  NOT NULL DEFAULT '',
    html                MEDIUMTEXT    NULL,
    toc_json            TEXT          NULL,
    excerpt             VARCHAR(400)  NULL,
    plain_text          MEDIUMTEXT    NULL,
    reading_minutes     INT           NOT NULL DEFAULT 1,
    current_revision    INT           NOT NULL DEFAULT 0,
    exp_company         VARCHAR(120)  NULL,
    exp_role            VARCHAR(120)  NULL,
    exp_rounds          INT           NULL,
    exp_year            INT           NULL,
    exp_outcome         VARCHAR(24)   NULL,
    review_note         VARCHAR(2000) NULL,
    like_count          INT           NOT NULL DEFAULT 0,
    comment_count       INT           NOT NULL DEFAULT 0,
    save_count          INT           NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    submitted_at        DATETIME(6)   NULL,
    published_at        DATETIME(6)   NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT article_slug_uk UNIQUE (slug),
    CONSTRAINT article_author_fk FOREIGN KEY (author_id) REFERENCES member (id),
    CONSTRAINT article_category_fk FOREIGN KEY (category_id) REFERENCES category (id),
    INDEX article_listing (status, published_at),
    INDEX article_category_order (category_id, status, published_at),
    INDEX article_author (author_id, status, updated_at),
    INDEX article_kind (kind, status, published_at),
    INDEX article_popular (status, like_count)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article_tag (
    article_id BIGINT NOT NULL,
    tag_id     BIGINT NOT NULL,
    PRIMARY KEY (article_id, tag_id),
    INDEX article_tag_by_tag (tag_id, article_id),
    CONSTRAINT article_tag_article_fk FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT article_tag_tag_fk FOREIGN KEY (tag_id) REFERENCES tag (id)
) ENGINE = InnoDB;

-- Immutable, numbered per article. "credited_id" is the member whose improvement or suggestion it came from.
CREATE TABLE article_revision (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id    BIGINT        NOT NULL,
    number        INT           NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    summary       VARCHAR(500)  NOT NULL DEFAULT '',
    body_markdown MEDIUMTEXT    NOT NULL,
    editor_id     BIGINT        NOT NULL,
    credited_id   BIGINT        NULL,
    note          VARCHAR(1000) NOT NULL DEFAULT '',
    created_at    DATETIME(6)   NOT NULL,
    CONSTRAINT article_revision_number_uk UNIQUE (article_id, number),
    CONSTRAINT article_revision_article_fk FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT article_revision_editor_fk FOREIGN KEY (editor_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Old slugs answer 301 to the article's current slug.
CREATE TABLE article_slug_history (
    slug       VARCHAR(120) NOT NULL PRIMARY KEY,
    article_id BIGINT       NOT NULL,
    CONSTRAINT article_slug_history_fk FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
