package io.quire.improvement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

    List<Suggestion> findByItemIdOrderByIdAsc(long itemId);

    List<Suggestion> findByArticleIdAndStatusAndFingerprintIsNotNull(long articleId, ProposalStatus status);

    List<Suggestion> findByAuthorIdOrderByIdDesc(long authorId);

    /**
     * Marks the suggestions outdated only where they are still waiting, in one conditional statement: a
     * moderator deciding one of them at the same moment wins, instead of failing this listener on its version.
     */
    @Modifying
    @Query("""
            update Suggestion s set s.status = io.quire.improvement.ProposalStatus.OUTDATED, s.updatedAt = :now
             where s.id in :ids and s.status = io.quire.improvement.ProposalStatus.SUBMITTED""")
    int markOutdated(@Param("ids") Collection<Long> ids, @Param("now") Instant now);
}
