package io.quire.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quire.account.MemberService;
import io.quire.account.MemberSummary;
import io.quire.account.Role;
import io.quire.article.ArticleModeration;
import io.quire.comment.CommentModeration;
import io.quire.comment.CommentRef;
import io.quire.comment.CommentThreads;
import io.quire.comment.CommentView;
import io.quire.moderation.ItemAlreadyDecidedException;
import io.quire.moderation.ItemKind;
import io.quire.moderation.ModerationQueue;
import io.quire.moderation.QueueItemView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators review the grouped reports on an item and decide. The decision resolves the moderation item first,
 * in the same transaction as its effect, so that of two moderators deciding at once one wins and the other's
 * changes roll back. Only moderators, checked here; nobody decides reports on what they wrote or reported.
 */
@Service
class ReportReview {

    private final ReportRepository reports;
    private final ReportTargets targets;
    private final ModerationQueue queue;
    private final CommentModeration commentModeration;
    private final ArticleModeration articleModeration;
    private final CommentThreads comments;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportReview(ReportRepository reports, ReportTargets targets, ModerationQueue queue,
            CommentModeration commentModeration, ArticleModeration articleModeration, CommentThreads comments,
            MemberService members, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.targets = targets;
        this.queue = queue;
        this.commentModeration = commentModeration;
        this.articleModeration = articleModeration;
        this.comments = comments;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The reports on an item: the open ones while they wait, else the last group a moderator decided.
     *
     * @throws ReportNotFoundException when the item was never reported
     */
    @Transactional(readOnly = true)
    ReportReviewView review(TargetType type, long targetId, long moderatorId) {
        requireModerator(moderatorId);
        ReportTarget target = targets.reviewed(type, targetId);
        long itemId = reports.findFirstByTargetTypeAndTargetIdOrderByIdDesc(type, targetId)
                .map(Report::getModerationItemId).orElseThrow(() -> new ReportNotFoundException(target.reviewPath()));
        return view(target, queue.find(itemId).orElseThrow(), moderatorId);
    }

    /** Today in UTC, the zone suspension ends are given in. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * Applies a decision and handles every report grouped in the item, then tells the reporters.
     *
     * @throws ItemAlreadyDecidedException when another moderator decided first, or the item changed since
     * @throws AccessDeniedException when the member is no moderator, wrote the item or reported it
     */
    @Transactional
    void decide(TargetType type, long targetId, long moderatorId, ReportDecisionForm form) {
        MemberSummary moderator = requireModerator(moderatorId);
        ReportTarget target = targets.reviewed(type, targetId);
        QueueItemView item = queue.find(form.itemId()).filter(i -> belongsTo(i, target))
                .orElseThrow(() -> new ReportNotFoundException(target.reviewPath()));
        if (target.authorId() == moderatorId) {
            throw new AccessDeniedException("Nobody handles reports on their own content");
        }
        if (!form.decision().appliesTo(type)) {
            throw new IllegalArgumentException(form.decision() + " does not apply to " + type);
        }
        String reason = form.reason().strip();
        queue.resolve(item.id(), moderatorId, form.version(), form.decision().outcome(), recorded(form, reason));
        boolean gone = apply(target, moderator, form, reason, item.id());
        Instant now = clock.instant();
        List<Report> handled = reports.findByModerationItemIdOrderByCreatedAtAscIdAsc(item.id()).stream()
                .filter(r -> r.getStatus() == ReportStatus.OPEN).toList();
        handled.forEach(r -> r.handle(moderatorId, form.decision().outcome(), now));
        // A hidden article's link still goes to its page: readers find "removed by the moderators" there.
        String link = gone ? "/articles/" + target.articleSlug() : target.path();
        events.publishEvent(new ReportHandled(item.id(), type.subject(), targetId, target.title(), link,
                form.decision().outcome(), reason, moderatorId,
                handled.stream().map(Report::getReporterId).distinct().toList()));
    }

    /** @return whether the reported item is gone, so that links point to its article instead */
    private boolean apply(ReportTarget target, MemberSummary moderator, ReportDecisionForm form, String reason,
            long itemId) {
        boolean commentGone = target.isComment() && comments.find(target.id()).map(CommentRef::isDeleted).orElse(true);
        switch (form.decision()) {
            case DISMISS -> {
                if (target.isComment() && !commentGone) {
                    commentModeration.releaseHold(target.id(), moderator.id(), reason);
                }
            }
            case HIDE -> {
                if (target.isComment()) {
                    if (!commentGone) {
                        commentModeration.hide(target.id(), moderator.id(), reason);
                    }
                }
                else if (targets.isPublishedArticle(target.id())) {
                    articleModeration.hide(target.id(), moderator.id(), reason);
                }
            }
            case DELETE -> {
                if (!commentGone) {
                    commentModeration.delete(target.id(), moderator.id(), reason);
                }
                return true;
            }
            case WARN -> events.publishEvent(
                    new AuthorWarned(itemId, target.authorId(), target.title(), target.path(), reason, moderator.id()));
            case SUSPEND -> {
                refuseSuspendingStaff(target.authorId(), moderator);
                members.suspend(target.authorId(), form.suspensionEnd(), reason);
            }
        }
        return commentGone;
    }

    /** Moderators and admins answer to admins: only an admin suspends one. */
    private void refuseSuspendingStaff(long authorId, MemberSummary moderator) {
        boolean staff = members.findSummary(authorId).map(m -> m.role().includes(Role.MODERATOR)).orElse(false);
        if (staff && !moderator.role().includes(Role.ADMIN)) {
            throw new AccessDeniedException("Only an admin suspends a moderator");
        }
    }

    /** The audited reason; a suspension's end goes with it, since the queue records no dates of its own. */
    private static String recorded(ReportDecisionForm form, String reason) {
        return form.decision() == ReportDecision.SUSPEND ? reason + " (suspended until " + form.suspendUntil() + ")"
                : reason;
    }

    private ReportReviewView view(ReportTarget target, QueueItemView item, long moderatorId) {
        List<Report> grouped = reports.findByModerationItemIdOrderByCreatedAtAscIdAsc(item.id());
        Map<Long, MemberSummary> names = members.summaries(grouped.stream().map(Report::getReporterId).distinct().toList());
        List<ReportLine> lines = grouped.stream().map(r -> new ReportLine(nameOf(names.get(r.getReporterId())),
                r.getReason(), r.getDetails(), r.getCreatedAt())).toList();
        Map<ReportReason, Long> counts = grouped.stream()
                .collect(Collectors.groupingBy(Report::getReason, Collectors.counting())).entrySet().stream()
                .sorted(Map.Entry.<ReportReason, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        CommentView comment = target.isComment()
                && comments.find(target.id()).filter(c -> !c.isDeleted()).isPresent()
                        ? commentModeration.comment(target.id(), moderatorId) : null;
        List<ReportDecision> decisions = Arrays.stream(ReportDecision.values()).filter(d -> d.appliesTo(target.type()))
                .toList();
        boolean involved = target.authorId() == moderatorId || queue.isRaisedBy(item.id(), moderatorId);
        return new ReportReviewView(target, item, comment, members.findSummary(target.authorId()).orElse(null),
                lines, counts, decisions, involved);
    }

    private static String nameOf(MemberSummary member) {
        return member == null ? "—" : member.displayName();
    }

    private static boolean belongsTo(QueueItemView item, ReportTarget target) {
        return item.kind() == ItemKind.REPORT && item.subjectType().equals(target.type().subject())
                && item.subjectId() == target.id();
    }

    private MemberSummary requireModerator(long memberId) {
        return members.findSummary(memberId).filter(m -> m.role().includes(Role.MODERATOR))
                .orElseThrow(() -> new AccessDeniedException("Only moderators review reports"));
    }
}
