package io.quire.improvement;

import java.time.Clock;
import java.time.Instant;

import io.quire.account.MemberService;
import io.quire.account.Role;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleCatalog.CurrentText;
import io.quire.article.ArticleRef;
import io.quire.article.ArticleRevisions;
import io.quire.article.RevisionView;
import io.quire.article.TextDiff;
import io.quire.moderation.ModerationQueue;
import io.quire.moderation.Outcome;
import io.quire.moderation.QueueItemView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators review improvements: the diff of the base revision against the proposal, a three-way merge when
 * the article moved on, and the decision. Deciding resolves the queue item in the same transaction, so when two
 * moderators race, the loser's revision is rolled back with their decision.
 */
@Service
public class ImprovementReviews {

    private final ProposalRepository proposals;
    private final ArticleCatalog catalog;
    private final ArticleRevisions revisions;
    private final ModerationQueue queue;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImprovementReviews(ProposalRepository proposals, ArticleCatalog catalog, ArticleRevisions revisions,
            ModerationQueue queue, MemberService members, ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.catalog = catalog;
        this.revisions = revisions;
        this.queue = queue;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** Everything the review page shows. Moderators only. */
    @Transactional(readOnly = true)
    public ImprovementReview review(long proposalId, long moderatorId) {
        requireModerator(moderatorId);
        Proposal proposal = proposals.findById(proposalId).orElseThrow(() -> new ProposalNotFoundException(proposalId));
        ArticleRef article = catalog.findRef(proposal.getArticleId()).orElseThrow();
        CurrentText current = catalog.currentText(article.id()).orElseThrow();
        RevisionView base = revisions.revision(article.id(), proposal.getBaseRevision()).orElseThrow();
        QueueItemView item = proposal.getItemId() == null ? null : queue.find(proposal.getItemId()).orElse(null);
        boolean stale = current.revision() != proposal.getBaseRevision();
        ThreeWayMerge.Result merged = stale
                ? ThreeWayMerge.merge(base.markdown(), current.markdown(), proposal.getMarkdown())
                : new ThreeWayMerge.Result(proposal.getMarkdown(), 0);
        return new ImprovementReview(Improvements.view(proposal, article), item, base.title(), base.summary(),
                TextDiff.between(base.markdown(), proposal.getMarkdown()), current.revision(), stale,
                merged.text(), merged.conflicts(), members.findSummary(proposal.getAuthorId()).orElse(null));
    }

    /**
     * Accepts the (possibly edited, possibly merged) text as a new revision crediting the improver.
     *
     * @param currentRevision the revision the moderator merged against; a newer one throws
     *        {@link io.quire.article.StaleRevisionException}
     * @throws ConflictMarkersException when the text still holds unresolved conflict markers
     */
    @Transactional
    public int accept(long proposalId, long moderatorId, long itemVersion, int currentRevision, ImprovementForm text,
            String note) {
        if (ThreeWayMerge.hasConflictMarkers(text.markdown())) {
            throw new ConflictMarkersException();
        }
        Proposal proposal = submitted(proposalId);
        queue.resolve(proposal.getItemId(), moderatorId, itemVersion, Outcome.ACCEPTED, note);
        String summary = text.summary() == null ? "" : text.summary().strip();
        int revision = revisions.revise(proposal.getArticleId(), currentRevision, text.title().strip(), summary,
                text.markdown(), moderatorId, proposal.getAuthorId(),
                proposal.getChangeSummary() == null ? "Improvement" : proposal.getChangeSummary());
        proposal.accepted(revision, text.title().strip(), summary, text.markdown(), note, clock.instant());
        events.publishEvent(new ImprovementAccepted(proposal.getId(), proposal.getArticleId(), proposal.getAuthorId(),
                revision));
        return revision;
    }

    /** Sends the proposal back to its improver with what to change; they edit it and submit again. */
    @Transactional
    public void sendBack(long proposalId, long moderatorId, long itemVersion, String note) {
        decide(proposalId, moderatorId, itemVersion, Outcome.SENT_BACK, ProposalStatus.SENT_BACK, note);
    }

    @Transactional
    public void reject(long proposalId, long moderatorId, long itemVersion, String note) {
        decide(proposalId, moderatorId, itemVersion, Outcome.REJECTED, ProposalStatus.REJECTED, note);
    }

    private void decide(long proposalId, long moderatorId, long itemVersion, Outcome outcome, ProposalStatus status,
            String note) {
        Proposal proposal = submitted(proposalId);
        queue.resolve(proposal.getItemId(), moderatorId, itemVersion, outcome, note);
        proposal.decide(status, note, clock.instant());
    }

    private Proposal submitted(long proposalId) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow(() -> new ProposalNotFoundException(proposalId));
        if (proposal.getItemId() == null) {
            throw new ProposalNotFoundException(proposalId);
        }
        return proposal;
    }

    private void requireModerator(long memberId) {
        if (members.findSummary(memberId).filter(m -> m.role().includes(Role.MODERATOR)).isEmpty()) {
            throw new AccessDeniedException("Only moderators review improvements");
        }
    }
}
