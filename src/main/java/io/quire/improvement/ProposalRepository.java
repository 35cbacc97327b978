package io.quire.improvement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

    Optional<Proposal> findByPickId(long pickId);

    Optional<Proposal> findFirstByArticleIdAndAuthorIdAndStatusOrderByIdDesc(long articleId, long authorId,
            ProposalStatus status);

    List<Proposal> findByAuthorIdOrderByUpdatedAtDesc(long authorId);
}
