package io.quire.improvement;

/**
 * DRAFT (while its pick is active) → SUBMITTED → ACCEPTED | REJECTED | SENT_BACK (→ SUBMITTED again) |
 * WITHDRAWN. Suggestions skip DRAFT and may also end ALREADY_FIXED, DUPLICATE or OUTDATED (their paragraph
 * changed before anyone decided). A decision undone within the undo window puts them back to SUBMITTED.
 */
public enum ProposalStatus {
    DRAFT, SUBMITTED, SENT_BACK, ACCEPTED, REJECTED, WITHDRAWN, ALREADY_FIXED, DUPLICATE, OUTDATED;

    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED || this == SENT_BACK;
    }
}
