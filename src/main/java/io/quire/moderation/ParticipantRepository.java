package io.quire.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    boolean existsByItemIdAndMemberId(long itemId, long memberId);

    List<Participant> findByItemIdOrderByCreatedAtAscIdAsc(long itemId);

    @Query("select p.memberId from Participant p where p.itemId = :itemId order by p.id")
    List<Long> memberIds(@Param("itemId") long itemId);

    @Query("""
            select new io.quire.moderation.ParticipantRepository$ReasonCount(p.itemId, p.reason, count(p))
            from Participant p where p.itemId in :itemIds and p.reason is not null
            group by p.itemId, p.reason order by count(p) desc, p.reason
            """)
    List<ReasonCount> reasonCounts(@Param("itemIds") Collection<Long> itemIds);

    /** When the member raised items of a kind since {@code since}, oldest first: what the daily cap counts. */
    @Query("""
            select p.createdAt from Participant p, ModerationItem i
            where i.id = p.itemId and p.memberId = :memberId and i.kind = :kind and p.createdAt > :since
            order by p.createdAt
            """)
    List<Instant> raisedSince(@Param("memberId") long memberId, @Param("kind") ItemKind kind,
            @Param("since") Instant since);

    record ReasonCount(long itemId, String reason, long count) {
    }
}
