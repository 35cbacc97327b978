package io.quire.moderation;

import java.time.Instant;

/** A member who raised an item, with their reason. */
public record ParticipantView(long memberId, String name, String reason, Instant joinedAt) {
}
