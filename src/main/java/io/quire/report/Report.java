package io.quire.report;

import java.time.Instant;

import io.quire.moderation.Outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One member's report of one article or comment. While it is open, {@code open_reporter_id} repeats the
 * reporter, which the unique key {@code (target_type, target_id, open_reporter_id)} turns into "one open report
 * per member per item"; handling it clears the column so that the member may report the item again later.
 */
@Entity
@Table(name = "report")
class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    private TargetType targetType;

    @Column(name = "target_id")
    private long targetId;

    @Column(name = "reporter_id")
    private long reporterId;

    @Enumerated(EnumType.STRING)
    private ReportReason reason;

    private String details;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    @Column(name = "open_reporter_id")
    private Long openReporterId;

    @Column(name = "moderation_item_id")
    private Long moderationItemId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_by")
    private Long handledBy;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    protected Report() {
    }

    Report(ReportTarget target, long reporterId, ReportReason reason, String details, Instant now) {
        this.targetType = target.type();
        this.targetId = target.id();
        this.reporterId = reporterId;
        this.reason = reason;
        this.details = details;
        this.status = ReportStatus.OPEN;
        this.openReporterId = reporterId;
        this.createdAt = now;
    }

    /** The moderation item that groups this report with the others on the same target. */
    void groupedInto(long itemId) {
        this.moderationItemId = itemId;
    }

    void handle(long moderatorId, Outcome outcome, Instant now) {
        if (status != ReportStatus.OPEN) {
            throw new IllegalStateException("Report " + id + " is already handled");
        }
        this.status = ReportStatus.HANDLED;
        this.openReporterId = null;
        this.handledBy = moderatorId;
        this.handledAt = now;
        this.outcome = outcome;
    }

    long getReporterId() {
        return reporterId;
    }

    ReportReason getReason() {
        return reason;
    }

    String getDetails() {
        return details;
    }

    ReportStatus getStatus() {
        return status;
    }

    Long getModerationItemId() {
        return moderationItemId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
