package io.quire.report;

import java.time.Clock;
import java.time.Instant;

import io.quire.article.Categories;
import io.quire.article.CategoryView;
import io.quire.comment.CommentModeration;
import io.quire.moderation.ItemKind;
import io.quire.moderation.ModerationQueue;
import io.quire.moderation.NewItem;
import io.quire.moderation.Priority;
import io.quire.moderation.SubmissionCheck;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members report articles and comments. The first open report on an item opens its moderation item, later ones
 * join it (raising its priority), and enough of them hold a comment for review.
 */
@Service
class Reports {

    private final ReportRepository reports;
    private final ModerationQueue queue;
    private final CommentModeration comments;
    private final Categories categories;
    private final ReportProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Reports(ReportRepository reports, ModerationQueue queue, CommentModeration comments, Categories categories,
            ReportProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.reports = reports;
        this.queue = queue;
        this.comments = comments;
        this.categories = categories;
        this.properties = properties;
        // READ COMMITTED: once the queue's cluster lock lets a concurrent report through, its reads must see the
        // item and the reports the first one committed, not the snapshot taken before it waited.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    /**
     * Why the member cannot report the item now, for showing a message instead of the form.
     *
     * @return {@link ReportResult#OWN_CONTENT}, {@link ReportResult#ALREADY_REPORTED}, or {@code null} when the
     *         member may report it
     */
    @Transactional(readOnly = true)
    ReportResult refusal(ReportTarget target, long memberId) {
        if (target.authorId() == memberId) {
            return ReportResult.OWN_CONTENT;
        }
        return hasOpenReport(target, memberId) ? ReportResult.ALREADY_REPORTED : null;
    }

    /** Whether the member's daily cap on reports allows another one. */
    @Transactional(readOnly = true)
    SubmissionCheck checkSubmission(long memberId) {
        return queue.checkSubmission(memberId, ItemKind.REPORT);
    }

    /**
     * Files a report, unless the member wrote the item or already has an open report on it. Of two identical
     * reports sent at once, the unique key lets one in and the other is told it was already sent.
     */
    ReportResult report(ReportTarget target, long reporterId, ReportForm form) {
        if (target.authorId() == reporterId) {
            return ReportResult.OWN_CONTENT;
        }
        try {
            return transaction.execute(status -> file(target, reporterId, form));
        }
        catch (DataIntegrityViolationException duplicate) {
            if (hasOpenReport(target, reporterId)) {
                return ReportResult.ALREADY_REPORTED;
            }
            throw duplicate;
        }
    }

    private ReportResult file(ReportTarget target, long reporterId, ReportForm form) {
        if (hasOpenReport(target, reporterId)) {
            return ReportResult.ALREADY_REPORTED;
        }
        Instant now = clock.instant();
        // Flushed at once, so that a duplicate fails here, before anything else is written.
        Report report = reports.saveAndFlush(new Report(target, reporterId, form.reason(), form.detailsOrNull(), now));
        long itemId = queue.open(newItem(target, reporterId, form.reason(), openReporters(target)));
        report.groupedInto(itemId);
        long reporters = openReporters(target);
        if (target.isComment() && properties.holdsAt(reporters)) {
            comments.holdForReview(target.id(), reporterId, "Held for review after " + reporters + " reports");
        }
        return ReportResult.SENT;
    }

    private NewItem newItem(ReportTarget target, long reporterId, ReportReason reason, long reporters) {
        CategoryView category = target.categoryId() == null ? null : categories.find(target.categoryId()).orElse(null);
        String title = target.isComment() ? "Comment on " + target.title() : target.title();
        return new NewItem(ItemKind.REPORT, target.type().subject(), target.id(), title, target.reviewPath(),
                category == null ? null : category.id(), category == null ? null : category.name(), reporterId,
                priority(reporters), target.clusterKey(), reason.name());
    }

    /** One reporter is worth a look, two are a pattern, and as many as would hold a comment are urgent. */
    private Priority priority(long reporters) {
        int urgent = properties.autoHideThreshold() > 0 ? properties.autoHideThreshold() : 3;
        if (reporters >= urgent) {
            return Priority.HIGH;
        }
        return reporters >= 2 ? Priority.MEDIUM : Priority.LOW;
    }

    private long openReporters(ReportTarget target) {
        return reports.countByTargetTypeAndTargetIdAndStatus(target.type(), target.id(), ReportStatus.OPEN);
    }

    private boolean hasOpenReport(ReportTarget target, long memberId) {
        return reports.existsByTargetTypeAndTargetIdAndReporterIdAndStatus(target.type(), target.id(), memberId,
                ReportStatus.OPEN);
    }
}
