package io.quire.moderation;

import java.time.Instant;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A decision came too late: someone else decided the item first, or it changed (was reopened) after the
 * moderator loaded it. Carries who decided, when and how, for the loser of the race. It is a
 * {@link MessageSourceResolvable}: {@code messageSource.getMessage(exception, locale)} gives the sentence.
 */
public class ItemAlreadyDecidedException extends RuntimeException implements MessageSourceResolvable {

    private final long itemId;
    private final Long decidedById;
    private final String decidedByName;
    private final Instant decidedAt;
    private final Outcome outcome;

    public ItemAlreadyDecidedException(long itemId, Long decidedById, String decidedByName, Instant decidedAt,
            Outcome outcome) {
        super(decidedById == null ? "Item " + itemId + " changed since it was loaded"
                : "Item " + itemId + " was already decided by " + decidedByName + " at " + decidedAt + ": " + outcome);
        this.itemId = itemId;
        this.decidedById = decidedById;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
        this.outcome = outcome;
    }

    public long itemId() {
        return itemId;
    }

    /** @return who decided, or {@code null} when the item is open again (it was reopened since it was loaded) */
    public Long decidedById() {
        return decidedById;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String messageKey() {
        return decidedById == null ? "moderation.item-changed" : "moderation.already-decided";
    }

    /** The decider's name, the time in UTC and the outcome (itself resolvable to its label). */
    public Object[] args() {
        if (decidedById == null) {
            return new Object[0];
        }
        return new Object[] {decidedByName, Times.utc(decidedAt),
                new DefaultMessageSourceResolvable(new String[] {"moderation.outcome." + outcome}, outcome.name())};
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageKey()};
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
