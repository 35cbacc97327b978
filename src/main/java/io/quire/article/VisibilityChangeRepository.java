package io.quire.article;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisibilityChangeRepository extends JpaRepository<VisibilityChange, Long> {

    Optional<VisibilityChange> findFirstByArticleIdAndActionOrderByIdDesc(long articleId, VisibilityChange.Action action);
}
