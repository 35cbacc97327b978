-- Cross-instance invalidation of the anonymous page cache (docs/adr/0004-anonymous-page-cache.md): one row per
-- scope ("article:42", "listings"), its generation bumped in the same transaction as the change that makes its
-- pages stale. Every instance reads the rows changed in the last few seconds once a second and drops its
-- cached pages of the scopes whose generation moved. One row per scope, so the table never grows past the
-- number of articles.
CREATE TABLE page_cache_generation (
    scope      VARCHAR(64) NOT NULL,
    generation BIGINT      NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (scope),
    INDEX page_cache_generation_changed (changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
