package io.quire.comment;

/** Just enough about a comment for other modules: where it is, who wrote it, and whether it is still there. */
public record CommentRef(long id, long articleId, long authorId, Long parentId, CommentStatus status) {

    public boolean isDeleted() {
        return status == CommentStatus.DELETED;
    }

    /** The local path that always finds the comment: its thread's page, scrolled to it. */
    public String path() {
        return "/comments/" + id;
    }
}
