package io.quire.moderation;

import java.util.Map;

import io.quire.account.QuireUser;

import org.springframework.stereotype.Component;

/**
 * Open items per kind for the header's moderation link, e.g. "Reports 4". Render it with
 * {@code moderation/fragments :: nav-counts(counts)}.
 */
@Component
public class ModerationNavigation {

    private final ModerationQueue queue;

    ModerationNavigation(ModerationQueue queue) {
        this.queue = queue;
    }

    /** @return open items per kind for moderators and admins, empty for everyone else (no query is made) */
    public Map<ItemKind, Long> countsFor(QuireUser user) {
        return user == null || !user.isModerator() ? Map.of() : queue.openCounts();
    }
}
