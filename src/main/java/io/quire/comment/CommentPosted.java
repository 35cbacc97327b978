package io.quire.comment;

/**
 * A member posted a comment or a reply.
 *
 * @param parentId the top-level comment a reply belongs to, or {@code null} for a top-level comment
 * @param parentAuthorId the author of the comment that was replied to (which may itself be a reply), or
 *        {@code null} for a top-level comment
 * @param articleAuthorId the author of the article commented on
 */
public record CommentPosted(long commentId, long articleId, long authorId, Long parentId, Long parentAuthorId,
        long articleAuthorId) {
}
