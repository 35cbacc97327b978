package io.quire.moderation;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What {@code moderation/fragments :: decision-form} posts to an owner's review action. Owners bind it with
 * {@code @Valid DecisionForm form} and pass {@link #version()}, {@link #outcome()} and {@link #reason()} to
 * their service, which calls {@link ModerationQueue#resolve}.
 *
 * @param version the item version the moderator saw
 * @param reasonTemplate a common reason chosen from the list (its text), may be empty
 * @param note the moderator's own words, may be empty
 */
public record DecisionForm(
        @NotNull(message = "{moderation.decision.version-required}") Long version,
        @NotNull(message = "{moderation.decision.outcome-required}") Outcome outcome,
        @Size(max = 200, message = "{moderation.decision.reason-size}") String reasonTemplate,
        @Size(max = 780, message = "{moderation.decision.note-size}") String note) {

    /** The reason to record: the chosen common reason and the note, joined; {@code null} when both are empty. */
    public String reason() {
        String joined = Stream.of(reasonTemplate, note).filter(s -> s != null && !s.isBlank()).map(String::strip)
                .collect(Collectors.joining(" — "));
        return joined.isEmpty() ? null : joined;
    }
}
