package io.quire.moderation;

import java.time.Instant;

import org.springframework.context.MessageSourceResolvable;

/** Another moderator holds an unexpired claim on the item. Says who, and until when. */
public class ItemClaimedException extends RuntimeException implements MessageSourceResolvable {

    private final long itemId;
    private final long claimedById;
    private final String claimedByName;
    private final Instant until;

    public ItemClaimedException(long itemId, long claimedById, String claimedByName, Instant until) {
        super("Item " + itemId + " is claimed by " + claimedByName + " until " + until);
        this.itemId = itemId;
        this.claimedById = claimedById;
        this.claimedByName = claimedByName;
        this.until = until;
    }

    public long itemId() {
        return itemId;
    }

    public long claimedById() {
        return claimedById;
    }

    public String claimedByName() {
        return claimedByName;
    }

    public Instant until() {
        return until;
    }

    public String messageKey() {
        return "moderation.claimed-by-other";
    }

    public Object[] args() {
        return new Object[] {claimedByName, Times.utc(until)};
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
