package io.quire.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.quire.markdown.MarkdownRenderer;

/**
 * A posted comment, reply or edit.
 *
 * @param replyTo the comment replied to, or {@code null}
 * @param token the form's one-time token (a UUID); {@code null} on edits
 * @param sort the order the list was shown in
 */
record CommentForm(
        @NotBlank(message = "{comment.body.required}")
        @Size(max = MarkdownRenderer.MAX_COMMENT_CHARS, message = "{comment.body.too-long}") String body,
        Long replyTo,
        @Pattern(regexp = "[0-9a-fA-F-]{36}", message = "{comment.token.invalid}") String token,
        String sort) {

    String bodyOrEmpty() {
        return body == null ? "" : body;
    }
}
