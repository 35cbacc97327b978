package io.quire.improvement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleCatalog.CurrentText;
import io.quire.article.ArticleRevisions;
import io.quire.article.RevisionView;
import io.quire.moderation.DecisionReverter;
import io.quire.moderation.ItemKind;
import io.quire.moderation.ItemReopened;
import io.quire.moderation.UndoNotAllowedException;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reverts what a decision on a suggestion or an improvement applied when a moderator undoes it. History is never
 * rewritten: an accepted change is taken back by a new revision that restores the text before it, noted as an
 * undo. This runs inside the moderation queue's reopening transaction (a plain {@code @EventListener}, not a
 * Modulith one), so when the revert is impossible the refusal rolls the undo back and the item stays decided.
 */
@Component
class DecisionUndo implements DecisionReverter {

    private final SuggestionRepository suggestions;
    private final ProposalRepository proposals;
    private final ArticleCatalog catalog;
    private final ArticleRevisions revisions;
    private final Clock clock;

    DecisionUndo(SuggestionRepository suggestions, ProposalRepository proposals, ArticleCatalog catalog,
            ArticleRevisions revisions, Clock clock) {
        this.suggestions = suggestions;
        this.proposals = proposals;
        this.catalog = catalog;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Override
    public Set<ItemKind> revertedKinds() {
        return Set.of(ItemKind.SUGGESTION, ItemKind.IMPROVEMENT);
    }

    @EventListener
    void revert(ItemReopened reopened) {
        switch (reopened.subjectType()) {
            case Improvements.SUBJECT -> revertImprovement(reopened);
            case Suggestions.SUBJECT -> revertSuggestions(reopened);
            default -> {
                // Other owners revert their own subjects.
            }
        }
    }

    private void revertImprovement(ItemReopened reopened) {
        Proposal proposal = proposals.findById(reopened.subjectId())
                .orElseThrow(() -> new ProposalNotFoundException(reopened.subjectId()));
        // Sent back and submitted again (a new item), or withdrawn since: the improver has moved on.
        if (!Long.valueOf(reopened.itemId()).equals(proposal.getItemId())
                || proposal.getStatus() == ProposalStatus.WITHDRAWN) {
            throw UndoNotAllowedException.byOwner(reopened.itemId(), "improvement.undo.moved-on");
        }
        if (proposal.getStatus() == ProposalStatus.ACCEPTED) {
            restoreBefore(reopened, proposal.getArticleId(), proposal.getAcceptedRevision(), "improvement");
        }
        proposal.reopen(clock.instant());
    }

    private void revertSuggestions(ItemReopened reopened) {
        ProposalStatus decided = switch (reopened.previousOutcome()) {
            case ACCEPTED -> ProposalStatus.ACCEPTED;
            case REJECTED -> ProposalStatus.REJECTED;
            case ALREADY_FIXED -> ProposalStatus.ALREADY_FIXED;
            case DUPLICATE -> ProposalStatus.DUPLICATE;
            default -> null;
        };
        List<Suggestion> undone = suggestions.findByItemIdOrderByIdAsc(reopened.itemId()).stream()
                .filter(s -> s.getStatus() == decided).toList();
        if (undone.isEmpty()) {
            // Accepted while every suggestion of the item was outdated: the revision it made is not on record.
            if (decided == ProposalStatus.ACCEPTED) {
                throw UndoNotAllowedException.byOwner(reopened.itemId(), "improvement.undo.not-recorded");
            }
            return;
        }
        if (decided == ProposalStatus.ACCEPTED) {
            restoreBefore(reopened, undone.get(0).getArticleId(), undone.get(0).getAcceptedRevision(), "suggestion");
        }
        Instant now = clock.instant();
        undone.forEach(s -> s.reopen(now));
    }

    /**
     * Makes a new revision with the text of the one before {@code accepted}. Only while {@code accepted} is still
     * current: once someone revised the article after it, taking the change back is an edit, not an undo.
     */
    private void restoreBefore(ItemReopened reopened, long articleId, Integer accepted, String what) {
        CurrentText current = catalog.currentText(articleId).orElseThrow();
        if (accepted == null || current.revision() != accepted) {
            throw UndoNotAllowedException.byOwner(reopened.itemId(), "improvement.undo.article-moved");
        }
        RevisionView before = revisions.revision(articleId, accepted - 1).orElseThrow();
        revisions.revise(articleId, accepted, before.title(), before.summary(), before.markdown(),
                reopened.moderatorId(), null, "Undid the accepted " + what + " (revision " + accepted + ")");
    }
}
