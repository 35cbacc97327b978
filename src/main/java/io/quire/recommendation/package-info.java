/**
 * Similar reads: the related articles shown under each article.
 * <p>
 * {@link io.quire.recommendation.RelatedArticles} reads an article's best related articles from
 * {@code related_article} in one indexed query. They are computed when articles change — durable listeners on
 * {@code ArticlePublished}, {@code ArticleRevised}, {@code ArticleUnpublished} (a moderator hid it) and
 * {@code ArticleRestored} recompute the article and its neighbours — and by a
 * resumable batch over every article (command line, admin page, startup backfill). The score blends FULLTEXT
 * text similarity over each article's distinctive terms, shared tags weighted by rarity, category closeness and
 * co-engagement (members who liked or saved both, read through {@code io.quire.reaction.Engagement}; marked in
 * the like's or save's own transaction by listeners on the reaction events and recomputed periodically by
 * {@code EngagementChanges});
 * see {@code Scoring} and {@code docs/recommendations.md}. Clicks go through {@code /r/…} and are counted per
 * day and slot, like impressions, without personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recommendation",
        allowedDependencies = {"shared", "account", "article", "reaction"})
package io.quire.recommendation;
