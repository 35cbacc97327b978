package io.quire.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

    boolean existsByTargetTypeAndTargetIdAndReporterIdAndStatus(TargetType type, long targetId, long reporterId,
            ReportStatus status);

    long countByTargetTypeAndTargetIdAndStatus(TargetType type, long targetId, ReportStatus status);

    List<Report> findByTargetTypeAndTargetIdAndStatusOrderByCreatedAtAscIdAsc(TargetType type, long targetId,
            ReportStatus status);

    List<Report> findByModerationItemIdOrderByCreatedAtAscIdAsc(long moderationItemId);

    Optional<Report> findFirstByTargetTypeAndTargetIdOrderByIdDesc(TargetType type, long targetId);
}
