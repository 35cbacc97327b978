package io.quire.article;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.quire.account.MemberService;
import io.quire.account.Role;
import io.quire.markdown.MarkdownRenderer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published articles change only here, one immutable numbered revision at a time. A change made against an
 * older revision than the current one is refused ({@link StaleRevisionException}) instead of silently
 * overwriting newer work.
 */
@Service
public class ArticleRevisions {

    private final ArticleRepository articles;
    private final ArticleRevisionRepository revisions;
    private final SlugHistoryRepository oldSlugs;
    private final MarkdownRenderer renderer;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleRevisions(ArticleRepository articles, ArticleRevisionRepository revisions, SlugHistoryRepository oldSlugs,
            MarkdownRenderer renderer, MemberService members, ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.oldSlugs = oldSlugs;
        this.renderer = renderer;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Makes a new current revision. The caller (the improvement and suggestion reviews, a moderator's edit)
     * has authorised {@code editorId}; this checks the base revision.
     *
     * @param creditedId the member whose proposal this is, shown as "Improved by"; may be null
     * @throws StaleRevisionException when {@code baseRevision} is not the current revision
     */
    @Transactional
    public int revise(long articleId, int baseRevision, String title, String summary, String markdown,
            long editorId, Long creditedId, String note) {
        Article article = articles.findById(articleId)
                .orElseThrow(() -> new ArticleNotFoundException("#" + articleId));
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            throw new ArticleStateException("Only published articles get revisions");
        }
        if (article.getCurrentRevision() != baseRevision) {
            throw new StaleRevisionException(baseRevision, article.getCurrentRevision());
        }
        ArticleRevision revision = article.revise(title, summary, markdown, renderer.render(markdown), editorId,
                creditedId, note, clock.instant());
        articles.saveAndFlush(article);
        revisions.save(revision);
        events.publishEvent(new ArticleRevised(articleId, article.getCurrentRevision(), editorId, creditedId));
        return article.getCurrentRevision();
    }

    /** A moderator brings back an old revision's text as a new revision. */
    @Transactional
    public int restore(String slug, int number, long moderatorId) {
        requireModerator(moderatorId, "Only moderators restore revisions");
        Article article = articles.findBySlug(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
        RevisionView old = revisions.findRevision(article.getId(), number)
                .orElseThrow(() -> new ArticleNotFoundException(slug + " revision " + number)).toView();
        return revise(article.getId(), article.getCurrentRevision(), old.title(), old.summary(), old.markdown(),
                moderatorId, null, "Restored revision " + number);
    }

    /**
     * Gives a published article a new slug; the old one keeps answering with a permanent redirect.
     *
     * @return the slug actually used (normalised, made unique)
     */
    @Transactional
    public String rename(String slug, String wanted, long moderatorId) {
        requireModerator(moderatorId, "Only moderators rename articles");
        Article article = articles.findBySlug(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
        String base = Slugs.of(wanted, 100);
        if (base.isEmpty() || base.equals(article.getSlug())) {
            return article.getSlug();
        }
        String candidate = base;
        for (int n = 2; articles.existsBySlug(candidate) || oldSlugs.existsById(candidate); n++) {
            candidate = base + "-" + n;
        }
        String old = article.getSlug();
        oldSlugs.save(new SlugHistory(old, article.getId()));
        article.rename(candidate);
        events.publishEvent(new ArticleRenamed(article.getId(), old, candidate));
        return candidate;
    }

    @Transactional(readOnly = true)
    public List<RevisionView> history(long articleId) {
        return revisions.findHistory(articleId).stream().map(ArticleRevision::toView).toList();
    }

    private void requireModerator(long memberId, String message) {
        if (members.findSummary(memberId).filter(m -> m.role().includes(Role.MODERATOR)).isEmpty()) {
            throw new AccessDeniedException(message);
        }
    }

    @Transactional(readOnly = true)
    public Optional<RevisionView> revision(long articleId, int number) {
        return revisions.findRevision(articleId, number).map(ArticleRevision::toView);
    }
}
