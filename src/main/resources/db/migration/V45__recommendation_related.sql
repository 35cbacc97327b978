-- Similar reads: the ten best related articles per article, computed when articles change (events, batch)
-- and read by the article page in one indexed query. Nothing here is computed on a page view.
-- reason: SHARED_TAGS, SIMILAR_TOPIC or SAME_CATEGORY, the signal that contributed most to the score;
-- shared_tags: the display names of up to three shared tags, rarest first, for "Shares: Java, Streams".
CREATE TABLE related_article (
    article_id  BIGINT       NOT NULL,
    related_id  BIGINT       NOT NULL,
    score       DOUBLE       NOT NULL,
    reason      VARCHAR(16)  NOT NULL,
    shared_tags VARCHAR(255) NOT NULL DEFAULT '',
    computed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (article_id, related_id),
    INDEX related_article_best (article_id, score),
    INDEX related_article_listed_by (related_id, article_id),
    CONSTRAINT related_article_article_fk FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT related_article_related_fk FOREIGN KEY (related_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the text similarity matches against: per published article its normalised title and its most
-- distinctive terms (top 40 by tf-idf). vocabulary = the article's distinct normalised words (at most 300),
-- kept so that document frequencies can be corrected exactly when the article changes.
CREATE TABLE recommendation_text (
    article_id BIGINT       NOT NULL PRIMARY KEY,
    title      VARCHAR(400) NOT NULL,
    terms      TEXT         NOT NULL,
    vocabulary TEXT         NOT NULL,
    indexed_at DATETIME(6)  NOT NULL,
    FULLTEXT INDEX recommendation_text_match (title, terms),
    CONSTRAINT recommendation_text_article_fk FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Document frequency of each normalised word over the vocabularies above, and the number of documents.
CREATE TABLE recommendation_term (
    term VARCHAR(64) COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
    df   INT         NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE recommendation_corpus (
    id        TINYINT NOT NULL PRIMARY KEY,
    documents INT     NOT NULL
) ENGINE = InnoDB;

INSERT INTO recommendation_corpus (id, documents) VALUES (1, 0);
