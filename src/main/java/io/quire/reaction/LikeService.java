package io.quire.reaction;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleCounters;
import io.quire.article.ArticleNotFoundException;
import io.quire.article.ArticleRef;
import io.quire.comment.CommentCounters;
import io.quire.comment.CommentLikes;
import io.quire.comment.CommentNotFoundException;
import io.quire.comment.CommentRef;
import io.quire.comment.CommentStatus;
import io.quire.comment.CommentThreads;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Likes on articles and comments. Liking is idempotent (a like is a row under a primary key) and counts are
 * exact: the counter changes by the number of rows inserted or deleted, in the same transaction.
 */
@Service
public class LikeService implements CommentLikes {

    private final JdbcClient jdbc;
    private final ArticleCatalog catalog;
    private final ArticleCounters articleCounters;
    private final CommentThreads comments;
    private final CommentCounters commentCounters;
    private final ApplicationEventPublisher events;
    private final Retrying retrying;
    private final Clock clock;
    private final KeptReactions kept;

    LikeService(JdbcClient jdbc, ArticleCatalog catalog, ArticleCounters articleCounters, CommentThreads comments,
            CommentCounters commentCounters, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            Clock clock, KeptReactions kept) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.articleCounters = articleCounters;
        this.comments = comments;
        this.commentCounters = commentCounters;
        this.events = events;
        this.retrying = new Retrying(transactions);
        this.clock = clock;
        this.kept = kept;
    }

    /**
     * Likes or unlikes the published article at {@code slug}.
     *
     * @param wanted {@code true} to like, {@code false} to unlike (both idempotent), {@code null} to toggle
     */
    public LikeState likeArticle(String slug, long memberId, Boolean wanted) {
        return retrying.inTransaction(() -> {
            // Read in the like's own transaction: a read-only one of its own cost four more round trips a like.
            ArticleRef article = catalog.findRef(slug).filter(ArticleRef::isPublished)
                    .orElseThrow(() -> new ArticleNotFoundException(slug));
            kept.forget(memberId);
            Change change = apply("article_like", "article_id", article.id(), memberId, wanted);
            if (change.delta() != 0) {
                articleCounters.addLikes(article.id(), change.delta());
                events.publishEvent(change.delta() > 0 ? new ArticleLiked(article.id(), memberId)
                        : new ArticleUnliked(article.id(), memberId));
            }
            // The counter moves with the rows in this transaction, so it is exact; counting the rows instead read
            // every like of the article, thousands on a popular one, on each toggle.
            return new LikeState(change.liked(), articleCounters.likeCount(article.id()));
        });
    }

    /**
     * Likes or unlikes a comment; only visible comments can be liked.
     *
     * @param wanted {@code true} to like, {@code false} to unlike (both idempotent), {@code null} to toggle
     */
    public LikeState likeComment(long commentId, long memberId, Boolean wanted) {
        // Taking a like back is always allowed; only a comment that is there to read can get one.
        CommentRef comment = comments.find(commentId)
                .filter(c -> c.status() == CommentStatus.VISIBLE || Boolean.FALSE.equals(wanted))
                .orElseThrow(() -> new CommentNotFoundException(commentId));
        return retrying.inTransaction(() -> {
            kept.forget(memberId);
            Change change = apply("comment_like", "comment_id", comment.id(), memberId, wanted);
            commentCounters.addLikes(comment.id(), change.delta());
            return new LikeState(change.liked(), count("comment_like", "comment_id", comment.id()));
        });
    }

    @Override
    public Set<Long> likedBy(long memberId, Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT comment_id FROM comment_like WHERE member_id = :member AND comment_id IN (:ids)")
                .param("member", memberId).param("ids", commentIds).query(Long.class).list());
    }

    /**
     * Table and column names are constants of this class, never input. A toggle takes the like back if there is one
     * and else adds it: the delete says which it was, so no statement asks first.
     */
    private Change apply(String table, String column, long targetId, long memberId, Boolean wanted) {
        if (!Boolean.TRUE.equals(wanted)) {
            int deleted = jdbc.sql("DELETE FROM " + table + " WHERE " + column + " = :target AND member_id = :member")
                    .param("target", targetId).param("member", memberId).update();
            if (deleted > 0 || wanted != null) {
                return new Change(false, -deleted);
            }
        }
        int inserted = jdbc.sql("INSERT IGNORE INTO " + table + " (" + column + ", member_id, created_at) "
                        + "VALUES (:target, :member, :now)")
                .param("target", targetId).param("member", memberId)
                .param("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        return new Change(true, inserted);
    }

    private int count(String table, String column, long targetId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :target")
                .param("target", targetId).query(Integer.class).single();
    }

    /** The state after a like or unlike, and by how many rows the likes changed (-1, 0 or 1). */
    private record Change(boolean liked, int delta) {
    }
}
