package io.quire.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A moderator's reason for hiding or unhiding a comment; it goes into the moderation log. */
record ModerationForm(
        @NotBlank(message = "{comment.moderation.reason-required}")
        @Size(max = 500, message = "{comment.moderation.reason-too-long}") String reason) {
}
