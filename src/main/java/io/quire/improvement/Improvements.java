package io.quire.improvement;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quire.account.MemberDirectory;
import io.quire.account.MemberService;
import io.quire.account.MemberSummary;
import io.quire.account.Role;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleCatalog.CurrentText;
import io.quire.article.ArticleNotFoundException;
import io.quire.article.ArticleRef;
import io.quire.article.ArticleRevisions;
import io.quire.article.RevisionView;
import io.quire.article.TextDiff;
import io.quire.moderation.ItemKind;
import io.quire.moderation.ModerationQueue;
import io.quire.moderation.NewItem;
import io.quire.moderation.Priority;
import io.quire.moderation.SubmissionCheck;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Create improvement": a member picks an article for seven days (one active pick per article), edits a copy of
 * its current text and submits it to the moderation queue. Every method checks that the member acts on their
 * own pick or proposal; ids from a request are never trusted.
 */
@Service
public class Improvements {

    static final String SUBJECT = "improvement";

    private final PickRepository picks;
    private final ProposalRepository proposals;
    private final ArticleCatalog catalog;
    private final ArticleRevisions revisions;
    private final ModerationQueue queue;
    private final MemberService members;
    private final MemberDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Improvements(PickRepository picks, ProposalRepository proposals, ArticleCatalog catalog, ArticleRevisions revisions,
            ModerationQueue queue, MemberService members, MemberDirectory directory, ApplicationEventPublisher events, Clock clock) {
        this.picks = picks;
        this.proposals = proposals;
        this.catalog = catalog;
        this.revisions = revisions;
        this.queue = queue;
        this.members = members;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Who is improving the article now. An expired pick counts as released even before the cleanup runs. */
    @Transactional(readOnly = true)
    public Optional<PickView> activePick(long articleId) {
        Instant now = clock.instant();
        return picks.findActive(articleId).filter(p -> p.isActiveAt(now)).map(this::view);
    }

    /**
     * Picks the article for the member and starts a draft from its current revision.
     *
     * @return the new pick, or the picker's own active pick when they picked it already
     * @throws ArticlePickedException when someone else holds an active pick
     */
    @Transactional
    public PickView pick(String slug, long memberId) {
        CurrentText text = currentText(slug);
        Instant now = clock.instant();
        picks.expire(text.articleId(), now);
        Optional<Pick> active = picks.findActive(text.articleId());
        if (active.isPresent()) {
            if (active.get().getMemberId() == memberId) {
                return view(active.get());
            }
            throw new ArticlePickedException(view(active.get()));
        }
        Pick pick;
        try {
            pick = picks.saveAndFlush(new Pick(text.articleId(), memberId, now));
        }
        catch (DataIntegrityViolationException raced) {
            throw new ArticlePickedException(null);
        }
        proposals.save(new Proposal(pick, text.revision(), text.title(), text.summary(), text.markdown(), now));
        return view(pick);
    }

    /** The member gives up their pick, or a moderator releases anyone's; the draft is withdrawn with it. */
    @Transactional
    public void release(long pickId, long memberId) {
        Pick pick = picks.findById(pickId).orElseThrow(() -> new ProposalNotFoundException(pickId));
        if (pick.getMemberId() != memberId && !isModerator(memberId)) {
            throw new AccessDeniedException("Only the picker or a moderator releases a pick");
        }
        Instant now = clock.instant();
        pick.end(PickStatus.RELEASED, now);
        proposals.findByPickId(pickId).filter(p -> p.getStatus() == ProposalStatus.DRAFT)
                .ifPresent(p -> p.withdraw(now));
    }

    /** The member's proposal for the article that they may edit now: a draft under an active pick, or one sent back. */
    @Transactional(readOnly = true)
    public Optional<ProposalView> editable(String slug, long memberId) {
        ArticleRef article = article(slug);
        Instant now = clock.instant();
        Optional<Proposal> draft = picks.findActive(article.id())
                .filter(p -> p.getMemberId() == memberId && p.isActiveAt(now))
                .flatMap(p -> proposals.findByPickId(p.getId()));
        return draft.or(() -> proposals.findFirstByArticleIdAndAuthorIdAndStatusOrderByIdDesc(article.id(), memberId,
                ProposalStatus.SENT_BACK)).map(p -> view(p, article));
    }

    /** Saves the editor's text without submitting. */
    @Transactional
    public ProposalView save(long proposalId, long memberId, ImprovementForm form) {
        Proposal proposal = own(proposalId, memberId);
        proposal.edit(form, clock.instant());
        return view(proposal, catalog.findRef(proposal.getArticleId()).orElseThrow());
    }

    /** Whether the member may submit another improvement now (daily caps, cooling-off). */
    @Transactional(readOnly = true)
    public SubmissionCheck checkSubmission(long memberId) {
        return queue.checkSubmission(memberId, ItemKind.IMPROVEMENT);
    }

    /**
     * Submits the proposal for review: it joins the moderation queue and the pick ends.
     *
     * @throws AccessDeniedException when it is not the member's proposal or the pick expired
     */
    @Transactional
    public ProposalView submit(long proposalId, long memberId, ImprovementForm form) {
        Proposal proposal = own(proposalId, memberId);
        Instant now = clock.instant();
        Pick pick = picks.findById(proposal.getPickId()).orElseThrow();
        if (proposal.getStatus() == ProposalStatus.DRAFT && !pick.isActiveAt(now)) {
            throw new AccessDeniedException("The pick expired; pick the article again");
        }
        proposal.edit(form, now);
        ArticleRef article = catalog.findRef(proposal.getArticleId()).orElseThrow();
        long itemId = queue.open(new NewItem(ItemKind.IMPROVEMENT, SUBJECT, proposal.getId(), article.title(),
                "/improvements/" + proposal.getId() + "/review", article.categoryId(), null, memberId,
                Priority.MEDIUM, null, proposal.getChangeSummary()));
        proposal.submit(itemId, now);
        pick.end(PickStatus.SUBMITTED, now);
        events.publishEvent(new ImprovementSubmitted(proposal.getId(), article.id(), memberId));
        return view(proposal, article);
    }

    /** The improver takes back a draft, a submitted or a sent-back proposal. */
    @Transactional
    public void withdraw(long proposalId, long memberId) {
        Proposal proposal = own(proposalId, memberId);
        Instant now = clock.instant();
        if (proposal.getStatus() == ProposalStatus.SUBMITTED) {
            queue.withdraw(SUBJECT, proposal.getId(), memberId);
        }
        proposal.withdraw(now);
        picks.findById(proposal.getPickId()).ifPresent(p -> p.end(PickStatus.RELEASED, now));
    }

    /** The diff of the proposal's base revision against the text in the editor. */
    @Transactional(readOnly = true)
    public TextDiff.DiffView preview(long proposalId, long memberId, String markdown) {
        Proposal proposal = own(proposalId, memberId);
        String base = revisions.revision(proposal.getArticleId(), proposal.getBaseRevision())
                .map(RevisionView::markdown).orElse("");
        return TextDiff.between(base, markdown == null ? "" : markdown);
    }

    /** The member's improvements, newest first. */
    @Transactional(readOnly = true)
    public List<ProposalView> of(long memberId) {
        Map<Long, ArticleRef> articles = new HashMap<>();
        return proposals.findByAuthorIdOrderByUpdatedAtDesc(memberId).stream()
                .map(p -> view(p, articles.computeIfAbsent(p.getArticleId(), id -> catalog.findRef(id).orElseThrow())))
                .toList();
    }

    /** Ends picks whose seven days are over; expired picks already read as released, this tidies the rows. */
    @Scheduled(fixedDelayString = "${quire.improvement.pick-cleanup-interval:PT10M}")
    @Transactional
    public void expirePicks() {
        picks.expireAll(clock.instant());
    }

    private Proposal own(long proposalId, long memberId) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow(() -> new ProposalNotFoundException(proposalId));
        if (proposal.getAuthorId() != memberId) {
            throw new AccessDeniedException("Proposal " + proposalId + " belongs to someone else");
        }
        return proposal;
    }

    private boolean isModerator(long memberId) {
        return members.findSummary(memberId).map(MemberSummary::role).filter(r -> r.includes(Role.MODERATOR))
                .isPresent();
    }

    private CurrentText currentText(String slug) {
        return catalog.currentText(article(slug).id()).orElseThrow(() -> new ArticleNotFoundException(slug));
    }

    private ArticleRef article(String slug) {
        return catalog.findRef(slug).filter(ArticleRef::isPublished).orElseThrow(() -> new ArticleNotFoundException(slug));
    }

    private PickView view(Pick pick) {
        return pick.toView(directory.find(pick.getMemberId()).map(MemberSummary::displayName).orElse("?"));
    }

    static ProposalView view(Proposal p, ArticleRef article) {
        return new ProposalView(p.getId(), article.id(), article.slug(), article.title(), p.getAuthorId(),
                p.getPickId(), p.getBaseRevision(), p.getTitle(), p.getSummary(), p.getMarkdown(),
                p.getChangeSummary(), p.getStatus(), p.getItemId(), p.getReviewNote(), p.getAcceptedRevision(),
                p.getUpdatedAt());
    }
}
