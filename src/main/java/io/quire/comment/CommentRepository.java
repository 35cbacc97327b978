package io.quire.comment;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommentRepository extends JpaRepository<Comment, Long> {

    Optional<Comment> findByAuthorIdAndIdempotencyKey(long authorId, String idempotencyKey);

    @Query("select count(c) from Comment c where c.authorId = :authorId and c.createdAt > :since")
    long countByAuthorSince(@Param("authorId") long authorId, @Param("since") Instant since);

    /** How many listed top-level comments come before this one in the oldest-first order. */
    @Query("""
            select count(c) from Comment c where c.articleId = :articleId and c.parentId is null
            and (c.status <> io.quire.comment.CommentStatus.DELETED or c.replyCount > 0)
            and (c.createdAt < :createdAt or (c.createdAt = :createdAt and c.id < :id))""")
    long countListedBefore(@Param("articleId") long articleId, @Param("createdAt") Instant createdAt,
            @Param("id") long id);

    @Query(nativeQuery = true, value = "select reply_count from comment where id = :id")
    int replyCountOf(@Param("id") long id);

    @Modifying
    @Query(nativeQuery = true, value = "update comment set like_count = greatest(like_count + :delta, 0) where id = :id")
    int addLikes(@Param("id") long id, @Param("delta") int delta);

    @Modifying
    @Query(nativeQuery = true, value = "update comment set reply_count = greatest(reply_count + :delta, 0) where id = :id")
    int addReplies(@Param("id") long id, @Param("delta") int delta);
}
