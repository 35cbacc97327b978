package io.quire.improvement;

import io.quire.account.MemberSummary;
import io.quire.article.TextDiff.DiffView;
import io.quire.moderation.QueueItemView;

/**
 * The improvement review page.
 *
 * @param diff the base revision against the proposal, word by word
 * @param stale whether the article has a newer revision than the proposal's base
 * @param mergedMarkdown the text to accept: the proposal, or the three-way merge when stale
 * @param conflicts how many conflict regions the merge left for the moderator
 */
public record ImprovementReview(ProposalView proposal, QueueItemView item, String baseTitle, String baseSummary,
        DiffView diff, int currentRevision, boolean stale, String mergedMarkdown, int conflicts,
        MemberSummary improver) {

    public boolean isOpen() {
        return item != null && item.isOpen() && proposal.status() == ProposalStatus.SUBMITTED;
    }
}
