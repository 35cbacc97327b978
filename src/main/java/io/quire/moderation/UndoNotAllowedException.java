package io.quire.moderation;

import java.time.Instant;

import org.springframework.context.MessageSourceResolvable;

/**
 * A decision cannot be undone: it is not decided (any more), was a withdrawal, the undo window has closed, or the
 * owner cannot revert what the decision applied.
 */
public class UndoNotAllowedException extends RuntimeException implements MessageSourceResolvable {

    private final long itemId;
    private final String messageKey;
    private final Instant windowClosedAt;

    UndoNotAllowedException(long itemId, String messageKey, Instant windowClosedAt) {
        super("Item " + itemId + " cannot be reopened: " + messageKey);
        this.itemId = itemId;
        this.messageKey = messageKey;
        this.windowClosedAt = windowClosedAt;
    }

    /**
     * For owners listening to {@link ItemReopened}: they throw this when they cannot revert what they applied,
     * which rolls the undo back. {@code messageKey} tells the moderator why and takes no arguments.
     */
    public static UndoNotAllowedException byOwner(long itemId, String messageKey) {
        return new UndoNotAllowedException(itemId, messageKey, null);
    }

    public long itemId() {
        return itemId;
    }

    public String messageKey() {
        return messageKey;
    }

    /** @return when the undo window closed, or {@code null} when that was not the reason */
    public Instant windowClosedAt() {
        return windowClosedAt;
    }

    public Object[] args() {
        return windowClosedAt == null ? new Object[0] : new Object[] {Times.utc(windowClosedAt)};
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageKey};
    }

    @Override
    public Object[] getArguments() {
        return args();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
