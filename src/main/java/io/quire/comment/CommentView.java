package io.quire.comment;

import java.time.Instant;
import java.util.List;

import io.quire.account.MemberSummary;

/**
 * A comment as one viewer sees it. {@link #html()} is {@code null} when the text is not shown: deleted, or
 * hidden and the viewer is no moderator.
 *
 * @param author the author, or {@code null} when the account no longer exists
 * @param replies the replies shown under a top-level comment (empty for a reply)
 * @param mine whether the viewer wrote it, and so may edit and delete it
 * @param moderatable whether the viewer is a moderator who may hide or unhide it
 */
public record CommentView(long id, long articleId, String articleSlug, Long parentId, MemberSummary author,
        CommentStatus status, String html, int likeCount, int replyCount, Instant createdAt, Instant editedAt,
        List<CommentView> replies, boolean mine, boolean moderatable) {

    public boolean isReply() {
        return parentId != null;
    }

    public boolean isDeleted() {
        return status == CommentStatus.DELETED;
    }

    public boolean isHidden() {
        return status == CommentStatus.HIDDEN;
    }

    public boolean isEdited() {
        return editedAt != null;
    }

    public boolean showsText() {
        return html != null;
    }

    /** Edit and delete for its author, report for anyone else; {@code member} when the reader is logged in. */
    public CommentControls controls(boolean member) {
        return CommentControls.of(id, status, mine, member);
    }

    /** Replies, likes and reports are for comments that are there to read. */
    public boolean isOpen() {
        return status == CommentStatus.VISIBLE;
    }

    /** Replies not shown under the comment on the article page; the thread page has them all. */
    public int moreReplies() {
        return Math.max(0, replyCount - replies.size());
    }

    /** A fresh reply form for this comment (a reply to a reply joins the same thread). */
    public CommentFormView replyForm(String sort) {
        return CommentFormView.blank(articleSlug, id, CommentSort.fromParam(sort));
    }

    CommentView withReplies(List<CommentView> shown) {
        return new CommentView(id, articleId, articleSlug, parentId, author, status, html, likeCount, replyCount,
                createdAt, editedAt, List.copyOf(shown), mine, moderatable);
    }
}
