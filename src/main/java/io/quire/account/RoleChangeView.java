package io.quire.account;

import java.time.Instant;

/** One line of the role-change log shown to admins. */
public record RoleChangeView(String member, String changedBy, Role oldRole, Role newRole, Instant changedAt) {
}
