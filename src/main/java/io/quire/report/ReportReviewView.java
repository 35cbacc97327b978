package io.quire.report;

import java.util.List;
import java.util.Map;

import io.quire.account.MemberSummary;
import io.quire.comment.CommentView;
import io.quire.moderation.QueueItemView;

/**
 * The report review page: what was reported, by whom and why, and what the moderator may decide.
 *
 * @param comment the reported comment as a moderator sees it (hidden text included), {@code null} for an article
 *        or a comment that is gone
 * @param author who wrote the reported item, {@code null} when the account no longer exists
 * @param reasonCounts how many reports gave each reason, most frequent first
 * @param decisions the decisions that make sense for this kind of item
 * @param involved whether the moderator wrote the item or reported it, and so may not decide
 */
public record ReportReviewView(ReportTarget target, QueueItemView item, CommentView comment, MemberSummary author,
        List<ReportLine> reports, Map<ReportReason, Long> reasonCounts, List<ReportDecision> decisions,
        boolean involved) {
}
