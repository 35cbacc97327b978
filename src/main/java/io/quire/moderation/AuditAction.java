package io.quire.moderation;

/** What happened to an item, as recorded in the audit log. */
public enum AuditAction {
    OPENED, JOINED, CLAIMED, RELEASED, RESOLVED, REOPENED, WITHDRAWN
}
