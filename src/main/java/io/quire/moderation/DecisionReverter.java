package io.quire.moderation;

import java.util.Set;

/**
 * Implemented by an owner module that takes back what its decisions applied when one is undone (it listens to
 * {@link ItemReopened}). Decisions on other kinds offer no undo: reopening the item alone would leave the
 * decision's effect in place while the queue said otherwise.
 */
public interface DecisionReverter {

    /** The kinds whose decisions this owner reverts. */
    Set<ItemKind> revertedKinds();
}
