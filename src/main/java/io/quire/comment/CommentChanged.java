package io.quire.comment;

/**
 * A comment that readers may already have seen changed: its author edited or deleted it, or a moderator hid it
 * or showed it again. Pages that show the comment are out of date.
 */
public record CommentChanged(long commentId, long articleId) {
}
