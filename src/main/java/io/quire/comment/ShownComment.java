package io.quire.comment;

/**
 * A comment or reply shown on an article page, with what decides its {@link CommentControls} for any reader.
 *
 * @param authorId its author, or {@code null} when it is deleted or the account is gone
 */
public record ShownComment(long id, Long authorId, CommentStatus status) {

    /** Its controls for the member {@code memberId}. */
    public CommentControls controlsFor(long memberId) {
        return CommentControls.of(id, status, authorId != null && authorId == memberId, true);
    }
}
