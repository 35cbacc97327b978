package io.quire.moderation;

import java.util.List;

/**
 * An item was decided (or withdrawn by its submitter, then {@code outcome} is {@link Outcome#WITHDRAWN} and
 * {@code moderatorId} the submitter). Published inside the deciding transaction; Modulith's registry delivers
 * it to {@code @ApplicationModuleListener}s after commit.
 *
 * @param participantIds everyone who raised the item, the submitter included
 */
public record ItemResolved(long itemId, ItemKind kind, String subjectType, long subjectId, Outcome outcome,
        String reason, long moderatorId, long submitterId, List<Long> participantIds) {

    public ItemResolved {
        participantIds = List.copyOf(participantIds);
    }
}
