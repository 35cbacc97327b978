package io.quire.article;

import java.util.Optional;

import io.quire.moderation.ItemKind;
import io.quire.moderation.ModerationQueue;
import io.quire.moderation.NewItem;
import io.quire.moderation.Outcome;
import io.quire.moderation.Priority;
import io.quire.moderation.QueueItemView;
import io.quire.moderation.SubmissionCheck;

import org.springframework.stereotype.Component;

/**
 * Where article submissions meet the moderation queue: whether a member may submit now (daily caps,
 * cooling-off), opening the review item, and resolving it in the same transaction as the article's own
 * state change, so that when two moderators decide at once exactly one decision wins.
 */
@Component
class ArticleModeration {

    static final String SUBJECT = "article";

    private final ModerationQueue queue;

    ArticleModeration(ModerationQueue queue) {
        this.queue = queue;
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
