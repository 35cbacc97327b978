/**
 * Articles: authoring (drafts, submission, review), immutable numbered revisions with history and diffs,
 * categories, tags and article kinds. Rendering happens here, once, on write, through the markdown module;
 * the reading side only ever loads stored HTML.
 * <p>
 * Moderators hide a published article ({@link io.quire.article.ArticleModeration#hide}, after reports) and
 * restore it; a hidden article is in no public listing, feed, sitemap or reading order, its revisions are kept,
 * and each change is logged with its reason. Events: {@link io.quire.article.ArticlePublished} (first
 * publication), {@link io.quire.article.ArticleRevised}, {@link io.quire.article.ArticleUnpublished} (hidden) and
 * {@link io.quire.article.ArticleRestored}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account", "markdown", "moderation"})
package io.quire.article;
