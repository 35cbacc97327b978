package io.quire.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ModerationItemRepository extends JpaRepository<ModerationItem, Long> {

    /** Reads the item with a row lock, for changes that do not bump the version (claims, joins). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from ModerationItem i where i.id = :id")
    Optional<ModerationItem> findForUpdate(@Param("id") long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<ModerationItem> findFirstByClusterKeyAndStatusOrderByIdAsc(String clusterKey, ItemStatus status);

    /** Serialises every open() of one cluster key until the transaction ends. Works on MySQL and MariaDB. */
    @Modifying
    @Query(value = "insert into moderation_cluster_lock (cluster_key, locked_at) values (:key, :now)"
            + " on duplicate key update locked_at = :now", nativeQuery = true)
    void lockCluster(@Param("key") String clusterKey, @Param("now") Instant now);

    Optional<ModerationItem> findFirstBySubjectTypeAndSubjectIdAndStatusOrderByIdAsc(String subjectType,
            long subjectId, ItemStatus status);

    Optional<ModerationItem> findFirstBySubjectTypeAndSubjectIdOrderByIdDesc(String subjectType, long subjectId);

    List<ModerationItem> findBySubjectTypeAndSubjectIdAndStatusOrderByIdAsc(String subjectType, long subjectId,
            ItemStatus status);

    boolean existsBySubmitterIdAndKindAndStatusAndOutcome(long submitterId, ItemKind kind, ItemStatus status,
            Outcome outcome);

    @Query("select new io.quire.moderation.ModerationItemRepository$KindCount(i.kind, count(i))"
            + " from ModerationItem i where i.status = io.quire.moderation.ItemStatus.OPEN group by i.kind")
    List<KindCount> countOpenByKind();

    @Query("""
            select i from ModerationItem i
            where i.status = :status
              and (:kind is null or i.kind = :kind)
              and (:categoryId is null or i.categoryId = :categoryId)
              and (:createdBefore is null or i.createdAt < :createdBefore)
            """)
    Page<ModerationItem> search(@Param("status") ItemStatus status, @Param("kind") ItemKind kind,
            @Param("categoryId") Long categoryId, @Param("createdBefore") Instant createdBefore, Pageable pageable);

    @Query("select new io.quire.moderation.CategoryOption(i.categoryId, max(i.categoryName))"
            + " from ModerationItem i where i.categoryId is not null group by i.categoryId order by max(i.categoryName)")
    List<CategoryOption> categories();

    /** The last decisions on items of a kind that the member raised, newest first; withdrawals do not count. */
    @Query("""
            select new io.quire.moderation.ModerationItemRepository$Decision(i.outcome, i.decidedAt)
            from ModerationItem i, Participant p
            where p.itemId = i.id and p.memberId = :memberId and i.kind = :kind
              and i.status = io.quire.moderation.ItemStatus.RESOLVED
              and i.outcome <> io.quire.moderation.Outcome.WITHDRAWN
            order by i.decidedAt desc, i.id desc
            """)
    List<Decision> recentDecisions(@Param("memberId") long memberId, @Param("kind") ItemKind kind, Pageable limit);

    record KindCount(ItemKind kind, long count) {
    }

    record Decision(Outcome outcome, Instant decidedAt) {
    }
}
