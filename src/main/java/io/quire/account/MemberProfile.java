package io.quire.account;

import java.time.Instant;

/** The public face of a member, shown at {@code /u/{username}}. */
public record MemberProfile(long id, String username, String displayName, String bio, Role role, Instant joinedAt) {
}
