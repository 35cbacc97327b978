package io.quire.improvement;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quire.account.MemberDirectory;
import io.quire.account.MemberService;
import io.quire.account.MemberSummary;
import io.quire.account.Role;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleCatalog.CurrentText;
import io.quire.article.ArticleNotFoundException;
import io.quire.article.ArticleRef;
import io.quire.article.ArticleRevised;
import io.quire.article.ArticleRevisions;
import io.quire.moderation.ItemKind;
import io.quire.moderation.ModerationQueue;
import io.quire.moderation.NewItem;
import io.quire.moderation.Outcome;
import io.quire.moderation.Priority;
import io.quire.moderation.QueueItemView;
import io.quire.moderation.SubmissionCheck;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Suggest changes": readers send a suggestion, optionally anchored to a quoted passage with a replacement.
 * Suggestions about the same paragraph share one moderation item; deciding it decides all of them, and
 * accepting credits the suggester whose change was applied while everyone who sent one is told.
 */
@Service
public class Suggestions {

    static final String SUBJECT = "suggestion";

    private final SuggestionRepository suggestions;
    private final ArticleCatalog catalog;
    private final ArticleRevisions revisions;
    private final ModerationQueue queue;
    private final MemberService members;
    private final MemberDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Suggestions(SuggestionRepository suggestions, ArticleCatalog catalog, ArticleRevisions revisions,
            ModerationQueue queue, MemberService members, MemberDirectory directory,
            ApplicationEventPublisher events, Clock clock) {
        this.suggestions = suggestions;
        this.catalog = catalog;
        this.revisions = revisions;
        this.queue = queue;
        this.members = members;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the member may send another suggestion now (daily caps, cooling-off). */
    @Transactional(readOnly = true)
    public SubmissionCheck checkSubmission(long memberId) {
        return queue.checkSubmission(memberId, ItemKind.SUGGESTION);
    }

    /**
     * Records a suggestion (the caller validated the form and the submission check) and opens or joins its
     * moderation item. A quote is anchored to the paragraph of the current revision that contains it.
     */
    @Transactional
    public SuggestionView suggest(String slug, long memberId, SuggestionForm form) {
        ArticleRef article = catalog.findRef(slug).filter(ArticleRef::isPublished)
                .orElseThrow(() -> new ArticleNotFoundException(slug));
        CurrentText text = catalog.currentText(article.id()).orElseThrow();
        String quote = form.quoteOrNull();
        String fingerprint = quote == null ? null
                : Paragraphs.locate(text.markdown(), quote).map(Paragraphs.Located::fingerprint).orElse(null);
        Instant now = clock.instant();
        Suggestion suggestion = suggestions.save(new Suggestion(article.id(), memberId, text.revision(),
                form.reason(), form.body().strip(), quote, form.replacementOrNull(), fingerprint, now));
        String cluster = fingerprint == null ? null : SUBJECT + ":" + article.id() + ":" + fingerprint;
        long itemId = queue.open(new NewItem(ItemKind.SUGGESTION, SUBJECT, suggestion.getId(), article.title(),
                "/suggestions/" + suggestion.getId() + "/review", article.categoryId(), null, memberId,
                form.reason() == SuggestionReason.INCORRECT || form.reason() == SuggestionReason.CODE_BROKEN
                        ? Priority.HIGH : Priority.MEDIUM,
                cluster, form.reason().name()));
        suggestion.queued(itemId);
        events.publishEvent(new SuggestionSubmitted(suggestion.getId(), article.id(), memberId, itemId));
        return view(suggestion, article);
    }

    /** The review page: every suggestion of the item, the quoted paragraph, the current text. Moderators only. */
    @Transactional(readOnly = true)
    public SuggestionReview review(long suggestionId, long moderatorId) {
        requireModerator(moderatorId);
        Suggestion first = find(suggestionId);
        ArticleRef article = catalog.findRef(first.getArticleId()).orElseThrow();
        CurrentText text = catalog.currentText(article.id()).orElseThrow();
        QueueItemView item = first.getItemId() == null ? null : queue.find(first.getItemId()).orElse(null);
        List<Suggestion> all = first.getItemId() == null ? List.of(first)
                : suggestions.findByItemIdOrderByIdAsc(first.getItemId());
        String paragraph = first.getQuote() == null ? null
                : Paragraphs.locate(text.markdown(), first.getQuote()).map(Paragraphs.Located::markdown).orElse(null);
        int occurrences = Paragraphs.occurrences(text.markdown(), first.getQuote());
        return new SuggestionReview(article, item, all.stream().map(s -> view(s, article)).toList(), paragraph,
                text.revision(), text.markdown(),
                first.hasReplacement() && occurrences == 1 && first.getStatus() == ProposalStatus.SUBMITTED,
                occurrences);
    }

    /**
     * Applies a suggestion's replacement in one click: the quote, found exactly once in the current text, is
     * replaced, and the new revision credits the suggester.
     *
     * @throws QuoteNotUniqueException when the quote is missing or occurs more than once
     */
    @Transactional
    public int apply(long suggestionId, long moderatorId, long itemVersion) {
        Suggestion suggestion = find(suggestionId);
        CurrentText text = catalog.currentText(suggestion.getArticleId()).orElseThrow();
        int occurrences = Paragraphs.occurrences(text.markdown(), suggestion.getQuote());
        if (!suggestion.hasReplacement() || occurrences != 1) {
            throw new QuoteNotUniqueException(occurrences);
        }
        String markdown = text.markdown().replace(suggestion.getQuote(), suggestion.getReplacement());
        return accept(suggestion, moderatorId, itemVersion, text.revision(), markdown, null);
    }

    /** Accepts with the moderator's own edit of the article, made against {@code currentRevision}. */
    @Transactional
    public int accept(long suggestionId, long moderatorId, long itemVersion, int currentRevision, String markdown,
            String note) {
        return accept(find(suggestionId), moderatorId, itemVersion, currentRevision, markdown, note);
    }

    /** Decides without changing the article: rejected, already fixed or a duplicate. */
    @Transactional
    public void decide(long suggestionId, long moderatorId, long itemVersion, Outcome outcome, String note) {
        ProposalStatus status = switch (outcome) {
            case REJECTED -> ProposalStatus.REJECTED;
            case ALREADY_FIXED -> ProposalStatus.ALREADY_FIXED;
            case DUPLICATE -> ProposalStatus.DUPLICATE;
            default -> throw new IllegalArgumentException("Not a decision without a revision: " + outcome);
        };
        Suggestion first = find(suggestionId);
        queue.resolve(first.getItemId(), moderatorId, itemVersion, outcome, note);
        Instant now = clock.instant();
        open(first).forEach(s -> s.decide(status, note, now));
    }

    /** The member's own suggestions, newest first. */
    @Transactional(readOnly = true)
    public List<SuggestionView> of(long memberId) {
        Map<Long, ArticleRef> articles = new HashMap<>();
        return suggestions.findByAuthorIdOrderByIdDesc(memberId).stream()
                .map(s -> view(s, articles.computeIfAbsent(s.getArticleId(), id -> catalog.findRef(id).orElseThrow())))
                .toList();
    }

    /** A paragraph that changed makes the open suggestions anchored to it outdated. Idempotent. */
    @ApplicationModuleListener
    void markOutdated(ArticleRevised revised) {
        List<Suggestion> anchored = suggestions.findByArticleIdAndStatusAndFingerprintIsNotNull(revised.articleId(),
                ProposalStatus.SUBMITTED);
        if (anchored.isEmpty()) {
            return;
        }
        Set<String> present = catalog.currentText(revised.articleId()).map(t -> Paragraphs.fingerprints(t.markdown()))
                .orElse(Set.of());
        List<Long> outdated = anchored.stream().filter(s -> !present.contains(s.getFingerprint()))
                .map(Suggestion::getId).toList();
        if (!outdated.isEmpty()) {
            suggestions.markOutdated(outdated, clock.instant());
        }
    }

    private int accept(Suggestion first, long moderatorId, long itemVersion, int currentRevision, String markdown,
            String note) {
        queue.resolve(first.getItemId(), moderatorId, itemVersion, Outcome.ACCEPTED, note);
        CurrentText text = catalog.currentText(first.getArticleId()).orElseThrow();
        int revision = revisions.revise(first.getArticleId(), currentRevision, text.title(), text.summary(), markdown,
                moderatorId, first.getAuthorId(), "Suggested change");
        Instant now = clock.instant();
        List<Suggestion> decided = open(first);
        decided.forEach(s -> s.accepted(revision, note, now));
        events.publishEvent(new SuggestionAccepted(first.getArticleId(), revision, first.getAuthorId(),
                decided.stream().map(Suggestion::getAuthorId).distinct().toList()));
        return revision;
    }

    // The item's suggestions still waiting; outdated ones keep their state.
    private List<Suggestion> open(Suggestion first) {
        return suggestions.findByItemIdOrderByIdAsc(first.getItemId()).stream()
                .filter(s -> s.getStatus() == ProposalStatus.SUBMITTED).toList();
    }

    private Suggestion find(long suggestionId) {
        return suggestions.findById(suggestionId).orElseThrow(() -> new ProposalNotFoundException(suggestionId));
    }

    private void requireModerator(long memberId) {
        if (members.findSummary(memberId).filter(m -> m.role().includes(Role.MODERATOR)).isEmpty()) {
            throw new AccessDeniedException("Only moderators review suggestions");
        }
    }

    private SuggestionView view(Suggestion s, ArticleRef article) {
        return s.toView(article.slug(), article.title(),
                directory.find(s.getAuthorId()).map(MemberSummary::displayName).orElse("?"));
    }
}
