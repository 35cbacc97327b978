package io.quire.comment;

/**
 * What happened to a comment in moderation: a moderator hid, unhid or deleted it, or enough members reported it
 * that it was held (hidden) for review, and the moderator who dismissed those reports released it.
 */
enum ModerationAction {
    HIDE, UNHIDE, DELETE, HOLD, RELEASE
}
