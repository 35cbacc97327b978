/**
 * Comments under articles: threads of top-level comments with one level of replies, Markdown rendered once on
 * write, editing and deleting one's own comments, and moderators hiding comments with a logged reason.
 * <p>
 * {@link io.quire.comment.CommentService} is the API (posting is idempotent per form and rate limited),
 * {@link io.quire.comment.CommentCounters} lets the reaction module keep {@code comment.like_count} exact, and
 * {@link io.quire.comment.CommentPosted} tells notifications who to tell; it and
 * {@link io.quire.comment.CommentChanged} tell pages that show comments that they are out of date. The like
 * state of comments is not this module's: it asks an optional {@link io.quire.comment.CommentLikes}, which the
 * reaction module provides.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account", "markdown", "article"})
package io.quire.comment;
