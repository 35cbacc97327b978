package io.quire.moderation;

import java.time.Instant;
import java.util.List;

/**
 * Whether a member may submit another item of a kind now, and if not, why and until when.
 * Show a refusal with {@code #{${check.messageKey}(${check.messageArgs})}} or a {@code MessageSource}.
 *
 * @param messageKey a key in {@code moderation.properties}, {@code null} when allowed
 * @param messageArgs the arguments of that message: the limit and the end of the wait, formatted in UTC
 * @param until when the member may submit again, {@code null} when allowed
 */
public record SubmissionCheck(boolean allowed, String messageKey, List<Object> messageArgs, Instant until) {

    public SubmissionCheck {
        messageArgs = List.copyOf(messageArgs);
    }

    static SubmissionCheck allow() {
        return new SubmissionCheck(true, null, List.of(), null);
    }

    static SubmissionCheck refuse(String messageKey, Instant until, Object... args) {
        return new SubmissionCheck(false, messageKey, List.of(args), until);
    }

    public Object[] args() {
        return messageArgs.toArray();
    }
}
