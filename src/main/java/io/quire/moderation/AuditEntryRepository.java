package io.quire.moderation;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByItemIdOrderByAtAscIdAsc(long itemId);

    Page<AuditEntry> findAllByOrderByAtDescIdDesc(Pageable pageable);

    long countByItemIdAndAction(long itemId, AuditAction action);
}
