package io.quire.notification;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.stereotype.Service;

/**
 * Unread counts for the header's bell: one indexed COUNT, cached per member for a few seconds because every
 * page a member sees shows it. Marking read on this instance clears the member's entry at once; other
 * instances catch up within {@link #FRESHNESS}.
 */
@Service
public class NotificationCounts {

    static final Duration FRESHNESS = Duration.ofSeconds(5);

    private final LoadingCache<Long, Long> unread;

    NotificationCounts(NotificationRepository notifications) {
        this.unread = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(FRESHNESS)
                .build(notifications::countUnread);
    }

    public long unreadFor(long memberId) {
        return unread.get(memberId);
    }

    void changed(long memberId) {
        unread.invalidate(memberId);
    }
}
