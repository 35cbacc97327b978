package io.quire.notification;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quire.shared.NowAndAfterTransaction;

import org.springframework.stereotype.Service;

/**
 * Unread counts for the header's bell: one indexed COUNT, cached per member for a few seconds because every
 * page a member sees shows it. Marking read on this instance clears the member's entry at once; other
 * instances catch up within {@link #FRESHNESS}.
 */
@Service
public class NotificationCounts {

    static final Duration FRESHNESS = Duration.ofSeconds(5);

    private final NotificationRepository notifications;
    private final Cache<Long, Long> unread = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(FRESHNESS)
            .build();
    /** Bumped by every change, so that a count taken while a member's notifications changed is not kept. */
    private final AtomicLong changes = new AtomicLong();

    NotificationCounts(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    public long unreadFor(long memberId) {
        Long known = unread.getIfPresent(memberId);
        if (known != null) {
            return known;
        }
        // Counted outside the cache: a loading get holds a lock on a bin of the cache's map while the query runs,
        // and members whose ids share that bin waited for it (JFR, 64 members reading kept pages).
        long changesBefore = changes.get();
        long counted = notifications.countUnread(memberId);
        if (changes.get() == changesBefore) {
            unread.put(memberId, counted);
        }
        return counted;
    }

    /** Forgets the member's count now and, when called in a transaction, again once it has ended. */
    void changed(long memberId) {
        NowAndAfterTransaction.run(() -> forget(memberId));
    }

    private void forget(long memberId) {
        changes.incrementAndGet();
        unread.invalidate(memberId);
    }
}
