package io.quire.improvement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PickRepository extends JpaRepository<Pick, Long> {

    @Query("select p from Pick p where p.articleId = :articleId and p.activeMarker = 1")
    Optional<Pick> findActive(long articleId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Pick p set p.status = io.quire.improvement.PickStatus.EXPIRED, p.activeMarker = null,
                p.endedAt = :now, p.version = p.version + 1
            where p.activeMarker = 1 and p.expiresAt <= :now""")
    int expireAll(Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Pick p set p.status = io.quire.improvement.PickStatus.EXPIRED, p.activeMarker = null,
                p.endedAt = :now, p.version = p.version + 1
            where p.articleId = :articleId and p.activeMarker = 1 and p.expiresAt <= :now""")
    int expire(long articleId, Instant now);

    List<Pick> findByMemberIdOrderByStartedAtDesc(long memberId);
}
