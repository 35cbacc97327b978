-- Articles whose likes or saves changed since their similar reads were last recomputed. A like or save only
-- upserts the article's row here; a periodic job (quire.recommendation.engagement-interval) recomputes each
-- marked article once, however many likes it got meanwhile, and removes the row if it did not change again.
CREATE TABLE recommendation_engagement_change (
    article_id BIGINT      NOT NULL PRIMARY KEY,
    changed_at DATETIME(6) NOT NULL,
    INDEX recommendation_engagement_change_order (changed_at, article_id)
) ENGINE = InnoDB;
