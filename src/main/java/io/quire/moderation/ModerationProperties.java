package io.quire.moderation;

import java.time.Duration;
import java.util.OptionalInt;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quire.moderation.*}: how long claims last, how long a decision can be undone, and how much one member
 * may submit.
 *
 * @param claimDuration how long a claim keeps other moderators off an item
 * @param undoWindow how long after a decision its moderator (or an admin) may undo it
 * @param dailyCap the most items of each kind a member may raise in 24 hours; 0 turns a cap off
 * @param coolingOff the pause after a run of refused submissions
 */
@ConfigurationProperties("quire.moderation")
record ModerationProperties(
        @DefaultValue("30m") Duration claimDuration,
        @DefaultValue("10m") Duration undoWindow,
        @DefaultValue DailyCap dailyCap,
        @DefaultValue CoolingOff coolingOff) {

    record DailyCap(
            @DefaultValue("20") int suggestion,
            @DefaultValue("5") int improvement,
            @DefaultValue("5") int article,
            @DefaultValue("30") int report) {

        /** @return the cap for a kind; held comments are raised by the system, not by members, and have none */
        OptionalInt of(ItemKind kind) {
            return switch (kind) {
                case SUGGESTION -> OptionalInt.of(suggestion);
                case IMPROVEMENT -> OptionalInt.of(improvement);
                case ARTICLE_SUBMISSION -> OptionalInt.of(article);
                case REPORT -> OptionalInt.of(report);
                case HELD_COMMENT -> OptionalInt.empty();
            };
        }
    }

    /**
     * @param refusalsInARow how many refused submissions of one kind in a row start the pause
     * @param period how long the pause lasts after the last refusal
     */
    record CoolingOff(
            @DefaultValue("3") int refusalsInARow,
            @DefaultValue("24h") Duration period) {
    }
}
