package io.quire.article;

import java.time.Clock;

import io.quire.account.MemberService;
import io.quire.account.MemberSummary;
import io.quire.account.Role;
import io.quire.markdown.MarkdownRenderer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moderator's decision on a submitted article: publish it, send it back with a note, or reject it with a
 * reason. Nobody decides their own article.
 */
@Service
public class ArticleReviews {

    private final ArticleRepository articles;
    private final ArticleRevisionRepository revisions;
    private final TagAssignments tagAssignments;
    private final MarkdownRenderer renderer;
    private final MemberService members;
    private final ArticleModeration decisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleReviews(ArticleRepository articles, ArticleRevisionRepository revisions, TagAssignments tagAssignments,
            MarkdownRenderer renderer, MemberService members, ArticleModeration decisions,
            ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.tagAssignments = tagAssignments;
        this.renderer = renderer;
        this.members = members;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReviewView review(String slug, long moderatorId) {
        Article article = submitted(slug, moderatorId, false);
        return new ReviewView(ArticleCatalog.toRef(article), article.getKind(), article.getSummary(),
                renderer.render(article.getBodyMarkdown()).html(), TagList.parse(article.getTagList()),
                article.getExperience(), article.getSubmittedAt(), article.getReviewNote(),
                decisions.itemVersion(article));
    }

    /** Publishes a submitted article as revision 1 under a slug made from its title. */
    @Transactional
    public ArticleRef publish(String slug, long moderatorId, Long expectedItemVersion) {
        Article article = submitted(slug, moderatorId, true);
        article.rename(uniqueSlugFor(article.getTitle()));
        ArticleRevision first = article.publish(renderer.render(article.getBodyMarkdown()), moderatorId,
                clock.instant());
        articles.saveAndFlush(article);
        revisions.save(first);
        tagAssignments.link(article);
        decisions.published(article, moderatorId, expectedItemVersion);
        events.publishEvent(new ArticlePublished(article.getId(), article.getAuthorId()));
        events.publishEvent(new ArticleReviewed(article.getId(), article.getAuthorId(), ArticleStatus.PUBLISHED,
                null, moderatorId));
        return ArticleCatalog.toRef(article);
    }

    @Transactional
    public void sendBack(String slug, long moderatorId, String note, Long expectedItemVersion) {
        Article article = submitted(slug, moderatorId, true);
        article.sendBack(note, clock.instant());
        decisions.sentBack(article, moderatorId, note, expectedItemVersion);
        events.publishEvent(new ArticleReviewed(article.getId(), article.getAuthorId(), ArticleStatus.DRAFT, note,
                moderatorId));
    }

    @Transactional
    public void reject(String slug, long moderatorId, String note, Long expectedItemVersion) {
        Article article = submitted(slug, moderatorId, true);
        article.reject(note, clock.instant());
        decisions.rejected(article, moderatorId, note, expectedItemVersion);
        events.publishEvent(new ArticleReviewed(article.getId(), article.getAuthorId(), ArticleStatus.REJECTED,
                note, moderatorId));
    }

    private Article submitted(String slug, long moderatorId, boolean deciding) {
        Article article = (deciding ? articles.findBySlugForDecision(slug) : articles.findBySlug(slug))
                .orElseThrow(() -> new ArticleNotFoundException(slug));
        MemberSummary moderator = members.findSummary(moderatorId)
                .orElseThrow(() -> new AccessDeniedException("Unknown member"));
        if (!moderator.role().includes(Role.MODERATOR)) {
            throw new AccessDeniedException("Only moderators review articles");
        }
        if (deciding && article.getAuthorId() == moderatorId) {
            throw new AccessDeniedException("Nobody decides their own submission");
        }
        if (article.getStatus() != ArticleStatus.SUBMITTED) {
            throw new ArticleStateException("This article is " + article.getStatus() + ", not waiting for review");
        }
        return article;
    }

    private String uniqueSlugFor(String title) {
        String base = Slugs.of(title, 100);
        if (base.isEmpty()) {
            base = "article";
        }
        String candidate = base;
        for (int n = 2; articles.existsBySlug(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
