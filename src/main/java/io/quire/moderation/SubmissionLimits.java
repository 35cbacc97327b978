package io.quire.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Keeps one member from flooding the queue: a daily cap per kind (a rolling 24 hours), and a cooling-off pause
 * after several refusals in a row. Both count every item the member raised, including reports that joined
 * someone else's item.
 */
@Component
class SubmissionLimits {

    private static final Duration DAY = Duration.ofHours(24);

    private final ModerationItemRepository items;
    private final ParticipantRepository participants;
    private final ModerationProperties properties;

    SubmissionLimits(ModerationItemRepository items, ParticipantRepository participants,
            ModerationProperties properties) {
        this.items = items;
        this.participants = participants;
        this.properties = properties;
    }

    SubmissionCheck check(long memberId, ItemKind kind, Instant now) {
        SubmissionCheck coolingOff = coolingOff(memberId, kind, now);
        return coolingOff.allowed() ? dailyCap(memberId, kind, now) : coolingOff;
    }

    private SubmissionCheck coolingOff(long memberId, ItemKind kind, Instant now) {
        int refusals = properties.coolingOff().refusalsInARow();
        if (refusals <= 0) {
            return SubmissionCheck.allow();
        }
        List<ModerationItemRepository.Decision> recent =
                items.recentDecisions(memberId, kind, PageRequest.of(0, refusals));
        if (recent.size() < refusals || !recent.stream().allMatch(d -> d.outcome().isRefusal())) {
            return SubmissionCheck.allow();
        }
        Instant until = recent.get(0).decidedAt().plus(properties.coolingOff().period());
        return until.isAfter(now)
                ? SubmissionCheck.refuse("moderation.check.cooling-off." + kind, until, refusals, Times.utc(until))
                : SubmissionCheck.allow();
    }

    private SubmissionCheck dailyCap(long memberId, ItemKind kind, Instant now) {
        OptionalInt cap = properties.dailyCap().of(kind);
        if (cap.isEmpty() || cap.getAsInt() <= 0) {
            return SubmissionCheck.allow();
        }
        List<Instant> raised = participants.raisedSince(memberId, kind, now.minus(DAY));
        if (raised.size() < cap.getAsInt()) {
            return SubmissionCheck.allow();
        }
        // The member may submit again once enough of the last day's items have aged out of the window.
        Instant until = raised.get(raised.size() - cap.getAsInt()).plus(DAY);
        return SubmissionCheck.refuse("moderation.check.daily-cap." + kind, until, cap.getAsInt(), Times.utc(until));
    }
}
