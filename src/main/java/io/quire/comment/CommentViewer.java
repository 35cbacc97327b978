package io.quire.comment;

import io.quire.account.QuireUser;

/**
 * Who is reading, which decides what a comment shows: hidden text only to moderators, edit and delete only
 * to the author. Services still check every action themselves; this only shapes the view.
 *
 * @param memberId the reader's id, or {@code null} for an anonymous reader
 */
public record CommentViewer(Long memberId, boolean moderator) {

    private static final CommentViewer ANONYMOUS = new CommentViewer(null, false);

    public static CommentViewer anonymous() {
        return ANONYMOUS;
    }

    /** The viewer for the authenticated principal, or anonymous when {@code user} is {@code null}. */
    public static CommentViewer of(QuireUser user) {
        return user == null ? ANONYMOUS : new CommentViewer(user.id(), user.isModerator());
    }

    public boolean isMember() {
        return memberId != null;
    }

    boolean isAuthorOf(long authorId) {
        return memberId != null && memberId == authorId;
    }
}
