package io.quire.moderation;

/**
 * A decision was undone within the undo window; the item is open again. Owners revert what they applied for
 * {@code previousOutcome} with a plain {@code @EventListener}, which runs inside the reopening transaction: when
 * they cannot revert cleanly they throw {@link UndoNotAllowedException#byOwner}, and the item stays decided.
 */
public record ItemReopened(long itemId, ItemKind kind, String subjectType, long subjectId, Outcome previousOutcome,
        long moderatorId) {
}
