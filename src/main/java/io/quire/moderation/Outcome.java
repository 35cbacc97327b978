package io.quire.moderation;

import java.util.EnumSet;
import java.util.Set;

/** How an item was resolved. Owners offer the outcomes that make sense for their kind of subject. */
public enum Outcome {
    ACCEPTED, REJECTED, SENT_BACK, DISMISSED, CONTENT_HIDDEN, CONTENT_DELETED, AUTHOR_WARNED, AUTHOR_SUSPENDED,
    ALREADY_FIXED, DUPLICATE, WITHDRAWN;

    private static final Set<Outcome> REFUSALS = EnumSet.of(REJECTED, DISMISSED);

    /** Whether this outcome turns the submission down; three in a row start a cooling-off period. */
    public boolean isRefusal() {
        return REFUSALS.contains(this);
    }
}
