package io.quire.improvement;

/** ACTIVE → RELEASED (abandoned, or by a moderator) | EXPIRED (after seven days) | SUBMITTED (became a proposal). */
public enum PickStatus {
    ACTIVE, RELEASED, EXPIRED, SUBMITTED
}
