/**
 * Likes on articles and comments, and saves into reading lists.
 * <p>
 * Like and save counts are exact under concurrency: a like is a row under a primary key, inserted with
 * {@code INSERT IGNORE} or deleted, and the denormalised counter on the article or comment changes by the number
 * of rows that actually changed, in the same transaction ({@link io.quire.article.ArticleCounters},
 * {@link io.quire.comment.CommentCounters}). {@link io.quire.reaction.LikeService} also tells the comment module
 * which comments a member liked, and {@link io.quire.reaction.Reactions} gives the article page a member's likes
 * and save in one statement. Events ({@link io.quire.reaction.ArticleLiked} and friends) feed recommendations.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account", "article", "comment"})
package io.quire.reaction;
