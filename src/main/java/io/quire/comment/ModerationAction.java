package io.quire.comment;

/** What a moderator did to a comment. */
enum ModerationAction {
    HIDE, UNHIDE
}
