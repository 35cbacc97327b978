package io.quire.reaction;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedItemRepository extends JpaRepository<SavedItem, Long> {

    Page<SavedItem> findByMemberIdOrderBySavedAtDescIdDesc(long memberId, Pageable pageable);

    Page<SavedItem> findByListIdOrderBySavedAtDescIdDesc(long listId, Pageable pageable);

    List<SavedItem> findByListId(long listId);

    Optional<SavedItem> findByMemberIdAndArticleId(long memberId, long articleId);
}
