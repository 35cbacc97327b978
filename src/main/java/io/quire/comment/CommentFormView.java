package io.quire.comment;

import java.util.UUID;

/**
 * What a comment or reply form shows: the text typed so far, the one-time token that makes a double submit
 * create one comment, and the error next to the field. Forms are rendered without a bound object because a
 * page holds many reply forms; ids are unique per form.
 *
 * @param articleSlug where the form posts ({@code /articles/{slug}/comments})
 * @param replyTo the comment replied to, or {@code null} for a new top-level comment
 * @param error the message to show next to the text, already resolved, or {@code null}
 * @param sort the order the list is shown in, so that an htmx response inserts the new comment at the right end
 */
public record CommentFormView(String articleSlug, Long replyTo, String body, String token, String error,
        String sort) {

    /** An empty form with a fresh token. */
    public static CommentFormView blank(String articleSlug, Long replyTo, CommentSort sort) {
        return new CommentFormView(articleSlug, replyTo, "", UUID.randomUUID().toString(), null, sort.param());
    }

    /** The id of the form element; htmx swaps the form by it. */
    public String id() {
        return replyTo == null ? "comment-form" : "reply-form-" + replyTo;
    }

    public String fieldId() {
        return replyTo == null ? "comment-body" : "reply-body-" + replyTo;
    }

    public String errorId() {
        return fieldId() + "-error";
    }

    public boolean isReply() {
        return replyTo != null;
    }

    public boolean hasError() {
        return error != null;
    }
}
