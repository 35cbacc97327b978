/**
 * Members report an article or a comment with a reason and optional details, once per item while their report is
 * open. Open reports on one item are grouped into one {@link io.quire.moderation.ItemKind#REPORT} moderation item
 * that credits every reporter; its priority rises with the number of reporters, and a comment is held for review
 * once {@code quire.report.auto-hide-threshold} members reported it.
 * <p>
 * A moderator decides on the report review page: dismiss, hide or delete the comment, hide the article, warn or
 * suspend the author. The decision resolves the moderation item in the same transaction as its effect, so of two
 * moderators exactly one wins. {@link io.quire.report.ReportHandled} tells every reporter,
 * {@link io.quire.report.AuthorWarned} the warned author. Hiding an article goes through
 * {@link io.quire.article.ArticleModeration#hide}, which takes it out of every public place and tells its author
 * why; a moderator restores it from its page. Articles are never deleted (their revisions are kept), so delete
 * is offered for comments only.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "article", "comment", "moderation"})
package io.quire.report;
