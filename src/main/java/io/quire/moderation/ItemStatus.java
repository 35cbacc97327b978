package io.quire.moderation;

/** Whether an item still waits for a decision. Claims are a separate facet: see {@link QueueItemView#claimedById()}. */
public enum ItemStatus {
    OPEN, RESOLVED
}
