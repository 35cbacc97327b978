package io.quire.moderation;

/**
 * A decision was undone within the undo window; the item is open again. Owners listen to revert what they
 * applied for {@code previousOutcome}.
 */
public record ItemReopened(long itemId, ItemKind kind, String subjectType, long subjectId, Outcome previousOutcome,
        long moderatorId) {
}
