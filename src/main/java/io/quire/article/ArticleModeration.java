package io.quire.article;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.quire.account.MemberService;
import io.quire.account.MemberSummary;
import io.quire.account.Role;
import io.quire.moderation.ItemKind;
import io.quire.moderation.ModerationQueue;
import io.quire.moderation.NewItem;
import io.quire.moderation.Outcome;
import io.quire.moderation.Priority;
import io.quire.moderation.QueueItemView;
import io.quire.moderation.SubmissionCheck;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderating articles. Public: moderators hide a published article (after reports) and restore a hidden one;
 * each is recorded in the article's moderation log ({@code article_visibility_change}) with its reason, and
 * the revisions are left alone. Inside the module: where article submissions meet the moderation queue —
 * whether a member may submit now (daily caps, cooling-off), opening the review item, and resolving it in the
 * same transaction as the article's own state change, so that when two moderators decide at once exactly one
 * decision wins.
 */
@Service
public class ArticleModeration {

    static final String SUBJECT = "article";

    private final ModerationQueue queue;
    private final ArticleRepository articles;
    private final VisibilityChangeRepository log;
    private final TagAssignments tagAssignments;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleModeration(ModerationQueue queue, ArticleRepository articles, VisibilityChangeRepository log,
            TagAssignments tagAssignments, MemberService members, ApplicationEventPublisher events, Clock clock) {
        this.queue = queue;
        this.articles = articles;
        this.log = log;
        this.tagAssignments = tagAssignments;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Hides a published article from every public place (page, listings, feeds, sitemap, search, similar
     * reads, tag counts) and tells the author why, through {@link ArticleUnpublished}. The article is locked
     * first, so of two moderators hiding at once the second finds it hidden.
     *
     * @throws AccessDeniedException when the member is no moderator or wrote the article
     * @throws ArticleStateException when the article is not published
     * @throws IllegalArgumentException when the reason is blank
     */
    @Transactional
    public void hide(long articleId, long moderatorId, String reason) {
        String why = requireReason(reason);
        Article article = decided(articleId, moderatorId);
        article.hide();
        Instant now = changed(article, VisibilityChange.Action.HIDDEN, moderatorId, why);
        events.publishEvent(new ArticleUnpublished(article.getId(), article.getAuthorId(), why, moderatorId, now));
    }

    /**
     * Publishes a hidden article again, as it was, and says so with {@link ArticleRestored}.
     *
     * @throws AccessDeniedException when the member is no moderator or wrote the article
     * @throws ArticleStateException when the article is not hidden
     * @throws IllegalArgumentException when the reason is blank
     */
    @Transactional
    public void restore(long articleId, long moderatorId, String reason) {
        String why = requireReason(reason);
        Article article = decided(articleId, moderatorId);
        article.restore();
        Instant now = changed(article, VisibilityChange.Action.RESTORED, moderatorId, why);
        events.publishEvent(new ArticleRestored(article.getId(), article.getAuthorId(), moderatorId, now));
    }

    /**
     * Why a hidden article is hidden, for its banner: only its author and moderators may see it.
     *
     * @return empty when the article is not hidden or the viewer may not see it
     */
    @Transactional(readOnly = true)
    public Optional<HiddenNotice> hiddenNotice(long articleId, Long viewerId) {
        Article article = articles.findById(articleId).filter(a -> a.getStatus() == ArticleStatus.HIDDEN)
                .orElse(null);
        if (article == null || viewerId == null) {
            return Optional.empty();
        }
        boolean moderator = isModerator(viewerId);
        if (!moderator && article.getAuthorId() != viewerId) {
            return Optional.empty();
        }
        return log.findFirstByArticleIdAndActionOrderByIdDesc(articleId, VisibilityChange.Action.HIDDEN)
                .map(c -> new HiddenNotice(c.getReason(), c.getCreatedAt(), moderator
                        && article.getAuthorId() != viewerId));
    }

    private Article decided(long articleId, long moderatorId) {
        if (!isModerator(moderatorId)) {
            throw new AccessDeniedException("Only moderators hide and restore articles");
        }
        Article article = articles.findByIdForDecision(articleId)
                .orElseThrow(() -> new ArticleNotFoundException("#" + articleId));
        if (article.getAuthorId() == moderatorId) {
            throw new AccessDeniedException("Nobody decides on their own article");
        }
        return article;
    }

    private Instant changed(Article article, VisibilityChange.Action action, long moderatorId, String reason) {
        Instant now = clock.instant();
        articles.saveAndFlush(article);
        tagAssignments.recount(article);
        log.save(new VisibilityChange(article.getId(), action, moderatorId, reason, now));
        return now;
    }

    private boolean isModerator(long memberId) {
        return members.findSummary(memberId).map(MemberSummary::role).filter(r -> r.includes(Role.MODERATOR))
                .isPresent();
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required");
        }
        return reason.strip();
    }

    /**
     * Why a hidden article is hidden.
     *
     * @param mayRestore whether the viewer may restore it (a moderator who is not its author)
     */
    public record HiddenNotice(String reason, Instant hiddenAt, boolean mayRestore) {
    }

    Optional<ArticleAuthoring.FieldProblem> check(long memberId) {
        SubmissionCheck check = queue.checkSubmission(memberId, ItemKind.ARTICLE_SUBMISSION);
        return check.allowed() ? Optional.empty()
                : Optional.of(new ArticleAuthoring.FieldProblem("title", check.messageKey(), check.args()));
    }

    /** Opens the review item. A member's first article waits with higher priority: newcomers deserve a quick answer. */
    void opened(Article article, CategoryView category) {
        boolean firstArticle = !queue.hasResolvedAccepted(article.getAuthorId(), ItemKind.ARTICLE_SUBMISSION);
        queue.open(new NewItem(ItemKind.ARTICLE_SUBMISSION, SUBJECT, article.getId(), article.getTitle(),
                "/articles/" + article.getSlug() + "/review", category == null ? null : category.id(),
                category == null ? null : category.name(), article.getAuthorId(),
                firstArticle ? Priority.HIGH : Priority.MEDIUM, null, null));
    }

    void withdrawn(Article article, long memberId) {
        queue.withdraw(SUBJECT, article.getId(), memberId);
    }

    Long itemVersion(Article article) {
        return queue.findOpen(SUBJECT, article.getId()).map(QueueItemView::version).orElse(null);
    }

    void published(Article article, long moderatorId, Long expectedVersion) {
        resolve(article, moderatorId, expectedVersion, Outcome.ACCEPTED, "Published");
    }

    void sentBack(Article article, long moderatorId, String note, Long expectedVersion) {
        resolve(article, moderatorId, expectedVersion, Outcome.SENT_BACK, note);
    }

    void rejected(Article article, long moderatorId, String note, Long expectedVersion) {
        resolve(article, moderatorId, expectedVersion, Outcome.REJECTED, note);
    }

    private void resolve(Article article, long moderatorId, Long expectedVersion, Outcome outcome, String reason) {
        queue.findOpen(SUBJECT, article.getId()).ifPresent(item -> queue.resolve(item.id(), moderatorId,
                expectedVersion != null ? expectedVersion : item.version(), outcome, reason));
    }
}
