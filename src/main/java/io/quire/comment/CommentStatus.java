package io.quire.comment;

/**
 * VISIBLE → HIDDEN (by a moderator) → VISIBLE again; VISIBLE or HIDDEN → DELETED (by the author). A deleted
 * comment keeps its row, without its text, so that its replies still hang together.
 */
public enum CommentStatus {
    VISIBLE, HIDDEN, DELETED
}
