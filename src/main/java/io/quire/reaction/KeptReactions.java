package io.quire.reaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quire.shared.NowAndAfterTransaction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everything each member has reacted to (liked articles and comments, saved articles and their lists), read in
 * one statement and kept in memory, so that a member's view of a kept article page needs no statement of its own
 * (ADR 0012). A member's reactions change only through their own requests: this instance forgets them as soon as
 * it changes them ({@link #forget}), and another instance learns it from the request's {@code OwnWrites} time,
 * which callers pass in. Members with more than {@link #MAX_ROWS} reactions are not kept.
 */
@Component
class KeptReactions {

    static final int MAX_ROWS = 5_000;
    /** Bounds what a client that drops cookies sees of its own writes made on another instance. */
    static final Duration KEPT_FOR = Duration.ofMinutes(5);

    private static final String ALL_OF_A_MEMBER = """
            SELECT 'like' AS kind, article_id AS id, NULL AS list, NULL AS name FROM article_like
             WHERE member_id = :member
            UNION ALL
            SELECT 'comment', comment_id, NULL, NULL FROM comment_like WHERE member_id = :member
            UNION ALL
            SELECT 'save', i.article_id, l.id, l.name FROM saved_item i JOIN reading_list l ON l.id = i.list_id
             WHERE i.member_id = :member
            LIMIT :limit""";

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Weighed by ids held: about 8 bytes each, so at most a few megabytes. */
    private final Cache<Long, ReactionSet> kept = Caffeine.newBuilder().maximumWeight(500_000)
            .weigher((Long member, ReactionSet set) -> set.size() + 1).expireAfterWrite(KEPT_FOR).build();
    /** Bumped by every change, so that reactions read while one was being made are not kept. */
    private final AtomicLong changes = new AtomicLong();

    KeptReactions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The member's reactions on the article from what is kept for them, read now if what is kept was read before
     * {@code validAfter}; empty when they may not be kept now (a recent write of theirs, too many reactions).
     */
    Optional<ArticleReactions> forArticle(long memberId, long articleId, Collection<Long> commentIds,
            Instant validAfter) {
        ReactionSet set = kept.getIfPresent(memberId);
        if (set == null || !set.loadedAt().isAfter(validAfter)) {
            Instant now = clock.instant();
            if (!now.isAfter(validAfter)) {
                return Optional.empty();
            }
            long changesBefore = changes.get();
            set = read(memberId, now);
            if (set == null) {
                return Optional.empty();
            }
            if (changes.get() == changesBefore) {
                kept.put(memberId, set);
            }
        }
        return Optional.of(set.forArticle(articleId, commentIds));
    }

    /** Forgets the member's reactions now and, when called in a transaction, again once it has ended. */
    void forget(long memberId) {
        NowAndAfterTransaction.run(() -> forgetNow(memberId));
    }

    private void forgetNow(long memberId) {
        changes.incrementAndGet();
        kept.invalidate(memberId);
    }

    private ReactionSet read(long memberId, Instant now) {
        List<Row> rows = jdbc.sql(ALL_OF_A_MEMBER).param("member", memberId).param("limit", MAX_ROWS + 1)
                .query((rs, n) -> new Row(rs.getString("kind"), rs.getLong("id"), rs.getLong("list"),
                        rs.getString("name")))
                .list();
        return rows.size() > MAX_ROWS ? null : ReactionSet.of(rows, now);
    }

    private record Row(String kind, long id, long list, String name) {
    }

    /** A member's reactions as sorted ids, searched per page view. */
    private record ReactionSet(long[] likedArticles, long[] likedComments, long[] savedArticles, long[] savedLists,
            String[] savedListNames, Instant loadedAt) {

        static ReactionSet of(List<Row> rows, Instant loadedAt) {
            List<Row> saves = rows.stream().filter(r -> "save".equals(r.kind()))
                    .sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
            return new ReactionSet(sortedIds(rows, "like"), sortedIds(rows, "comment"),
                    saves.stream().mapToLong(Row::id).toArray(), saves.stream().mapToLong(Row::list).toArray(),
                    saves.stream().map(Row::name).toArray(String[]::new), loadedAt);
        }

        private static long[] sortedIds(List<Row> rows, String kind) {
            return rows.stream().filter(r -> kind.equals(r.kind())).mapToLong(Row::id).sorted().toArray();
        }

        int size() {
            return likedArticles.length + likedComments.length + savedArticles.length;
        }

        ArticleReactions forArticle(long articleId, Collection<Long> commentIds) {
            int saved = Arrays.binarySearch(savedArticles, articleId);
            Set<Long> likedShown = commentIds.stream().filter(id -> Arrays.binarySearch(likedComments, id) >= 0)
                    .collect(Collectors.toUnmodifiableSet());
            return new ArticleReactions(Arrays.binarySearch(likedArticles, articleId) >= 0,
                    saved >= 0 ? savedLists[saved] : null, saved >= 0 ? savedListNames[saved] : null, likedShown);
        }
    }
}
