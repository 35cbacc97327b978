package io.quire.improvement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

    List<Suggestion> findByItemIdOrderByIdAsc(long itemId);

    List<Suggestion> findByArticleIdAndStatusAndFingerprintIsNotNull(long articleId, ProposalStatus status);

    List<Suggestion> findByAuthorIdOrderByIdDesc(long authorId);
}
