package io.quire.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quire.markdown.MarkdownRenderer;
import io.quire.markdown.RenderedMarkdown;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing an article: drafts, saving, preview and submission for review. Only the author touches a draft,
 * and only while it is a draft; every method checks that itself.
 */
@Service
public class ArticleAuthoring {

    private final ArticleRepository articles;
    private final TagAssignments tagAssignments;
    private final Categories categories;
    private final MarkdownRenderer renderer;
    private final ApplicationEventPublisher events;
    private final ArticleModeration moderation;
    private final Clock clock;

    ArticleAuthoring(ArticleRepository articles, TagAssignments tagAssignments, Categories categories,
            MarkdownRenderer renderer, ApplicationEventPublisher events, ArticleModeration moderation,
            Clock clock) {
        this.articles = articles;
        this.tagAssignments = tagAssignments;
        this.categories = categories;
        this.renderer = renderer;
        this.events = events;
        this.moderation = moderation;
        this.clock = clock;
    }

    /** Starts a draft of the given kind, prefilled with that kind's outline. @return its slug */
    @Transactional
    public String startDraft(long authorId, ArticleKind kind) {
        Article draft = new Article("draft-" + UUID.randomUUID().toString().substring(0, 13), kind, authorId,
                clock.instant());
        draft.editDraft(new ArticleContent("", "", KindTemplates.starterFor(kind), Experience.NONE), null,
                List.of(), clock.instant());
        return articles.save(draft).getSlug();
    }

    @Transactional(readOnly = true)
    public DraftView draft(String slug, long memberId) {
        Article article = ownDraft(slug, memberId, false);
        Experience e = article.getExperience();
        ArticleForm form = new ArticleForm(article.getTitle(), article.getSummary(), article.getCategoryId(),
                String.join(", ", TagList.parse(article.getTagList()).stream().map(TagRef::name).toList()),
                article.getBodyMarkdown(), e.company(), e.role(), e.rounds(), e.year(), e.outcome());
        return new DraftView(article.getId(), article.getSlug(), article.getKind(), article.getStatus(),
                article.getReviewNote(), article.getUpdatedAt(), form);
    }

    /**
     * Saves the working copy. Problems that make the draft unsavable (unknown category, too many tags) are
     * returned as field errors and nothing is saved.
     */
    @Transactional
    public List<FieldProblem> save(String slug, long memberId, ArticleForm form) {
        Article article = ownDraft(slug, memberId, true);
        List<FieldProblem> problems = savingProblems(form);
        if (problems.isEmpty()) {
            article.editDraft(form.content(), form.categoryId(), tagAssignments.resolveForDraft(form.tags()),
                    clock.instant());
        }
        return problems;
    }

    /** Saves and sends the draft for review, unless it is incomplete. */
    @Transactional
    public List<FieldProblem> submit(String slug, long memberId, ArticleForm form) {
        List<FieldProblem> problems = new ArrayList<>(save(slug, memberId, form));
        if (!problems.isEmpty()) {
            return problems;
        }
        problems.addAll(submissionProblems(form));
        if (!problems.isEmpty()) {
            return problems;
        }
        Article article = ownDraft(slug, memberId, true);
        moderation.check(memberId).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return problems;
        }
        article.submit(clock.instant());
        moderation.opened(article, categories.find(article.getCategoryId()).orElse(null));
        events.publishEvent(new ArticleSubmitted(article.getId(), memberId));
        return problems;
    }

    /** Takes a submitted article back to draft before anyone reviewed it. */
    @Transactional
    public void withdraw(String slug, long memberId) {
        Article article = articles.findBySlug(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
        if (article.getAuthorId() != memberId) {
            throw new AccessDeniedException("Only the author withdraws a submission");
        }
        article.withdraw();
        moderation.withdrawn(article, memberId);
    }

    /** Renders Markdown for the live preview; nothing is stored. */
    public RenderedMarkdown preview(String markdown) {
        return renderer.render(markdown == null ? "" : markdown);
    }

    @Transactional(readOnly = true)
    public List<ContributionView> contributionsOf(long memberId) {
        return articles.findAllByAuthor(memberId).stream().map(a -> new ContributionView(a.getId(), a.getSlug(),
                a.getTitle().isBlank() ? null : a.getTitle(), a.getKind(), a.getStatus(), a.getReviewNote(),
                a.getUpdatedAt())).toList();
    }

    private List<FieldProblem> savingProblems(ArticleForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.categoryId() != null && categories.find(form.categoryId()).isEmpty()) {
            problems.add(new FieldProblem("categoryId", "article.category.unknown"));
        }
        TagNames.problems(form.tags()).forEach(code -> problems.add(new FieldProblem("tags", code)));
        if (form.markdown() != null && form.markdown().length() > MarkdownRenderer.MAX_ARTICLE_CHARS) {
            problems.add(new FieldProblem("markdown", "article.body.too-large"));
        }
        return problems;
    }

    private static List<FieldProblem> submissionProblems(ArticleForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.title() == null || form.title().strip().length() < 5) {
            problems.add(new FieldProblem("title", "article.title.required"));
        }
        if (form.summary() == null || form.summary().isBlank()) {
            problems.add(new FieldProblem("summary", "article.summary.required"));
        }
        if (form.categoryId() == null) {
            problems.add(new FieldProblem("categoryId", "article.category.required"));
        }
        if (form.markdown() == null || form.markdown().strip().split("\\s+").length < 50) {
            problems.add(new FieldProblem("markdown", "article.body.too-short"));
        }
        return problems;
    }

    private Article ownDraft(String slug, long memberId, boolean mustBeDraft) {
        Article article = articles.findBySlug(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
        if (article.getAuthorId() != memberId) {
            throw new AccessDeniedException("Not your draft");
        }
        if (mustBeDraft && article.getStatus() != ArticleStatus.DRAFT) {
            throw new ArticleStateException("Only drafts can be edited; this article is " + article.getStatus());
        }
        return article;
    }

    /** A message for one field of the editor, with its arguments. */
    public record FieldProblem(String field, String code, Object... args) {
    }
}
