package io.quire.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What the report review page posts. Every decision needs a reason: it is audited and told to the reporters.
 *
 * @param itemId the moderation item the moderator saw
 * @param version that item's version, so that a decision on a stale page is refused
 * @param suspendUntil the day (UTC) a suspension ends; only for {@link ReportDecision#SUSPEND}
 */
record ReportDecisionForm(
        @NotNull Long itemId,
        @NotNull Long version,
        @NotNull(message = "{report.review.decision.required}") ReportDecision decision,
        @NotBlank(message = "{report.review.reason.required}") @Size(max = 780, message = "{report.review.reason.size}") String reason,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate suspendUntil) {

    static ReportDecisionForm of(long itemId, long version) {
        return new ReportDecisionForm(itemId, version, null, "", null);
    }

    /** The checks Bean Validation cannot make: a suspension's end lies ahead, a comment-only decision fits. */
    void check(TargetType type, LocalDate today, Errors errors) {
        if (decision == ReportDecision.SUSPEND) {
            if (suspendUntil == null) {
                errors.rejectValue("suspendUntil", "report.review.until.required");
            }
            else if (!suspendUntil.isAfter(today)) {
                errors.rejectValue("suspendUntil", "report.review.until.future");
            }
        }
        if (decision != null && !decision.appliesTo(type)) {
            errors.rejectValue("decision", "report.review.decision.comments-only");
        }
    }

    /** A suspension ends when its last day does, at midnight UTC. */
    Instant suspensionEnd() {
        return suspendUntil.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
