package io.quire.comment;

/**
 * The controls of a comment that depend on who reads it: edit and delete for its author, report for every other
 * reader. They are a fragment of their own so that an article page shared among members can hold one slot per
 * comment and fill in each reader's controls there.
 *
 * @param editable the reader wrote it and it is visible (a hidden comment would otherwise escape moderation)
 * @param deletable the reader wrote it and it is not deleted yet
 * @param reportable someone else wrote it and it is there to read
 * @param member the reader is logged in, so the report form opens in place
 */
public record CommentControls(long commentId, boolean editable, boolean deletable, boolean reportable,
        boolean member) {

    /** The controls of a comment in {@code status} for a reader who wrote it ({@code mine}) or did not. */
    public static CommentControls of(long commentId, CommentStatus status, boolean mine, boolean member) {
        return new CommentControls(commentId, mine && status == CommentStatus.VISIBLE,
                mine && status != CommentStatus.DELETED, !mine && status == CommentStatus.VISIBLE, member);
    }

    /** The same controls on another comment. */
    public CommentControls on(long otherCommentId) {
        return new CommentControls(otherCommentId, editable, deletable, reportable, member);
    }
}
