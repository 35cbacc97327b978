package io.quire.moderation;

import java.time.Instant;

/** One line of an item's history or of the site-wide audit log. */
public record AuditEntryView(long id, long itemId, ItemKind kind, String itemTitle, long actorId, String actorName,
        AuditAction action, Outcome outcome, String reason, Instant at) {
}
