/**
 * "Suggest changes" and "Create improvement": readers propose changes to published articles, optionally
 * anchored to a quoted passage; members pick an article for seven days and propose a whole new text against a
 * base revision. Moderators review both in the moderation queue; an accepted proposal becomes a new article
 * revision crediting its author, merged three ways when the article changed in the meantime.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "markdown", "article", "moderation"})
package io.quire.improvement;
