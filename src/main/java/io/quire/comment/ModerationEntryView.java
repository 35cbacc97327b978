package io.quire.comment;

import java.time.Instant;

import io.quire.account.MemberSummary;

/** A line of a comment's moderation log, for the moderators' page. */
public record ModerationEntryView(MemberSummary moderator, String action, String reason, Instant at) {
}
