package io.quire.site;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.quire.account.MemberDirectory;
import io.quire.account.QuireUser;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleModeration;
import io.quire.article.ArticleModeration.HiddenNotice;
import io.quire.article.ArticleNotFoundException;
import io.quire.article.ArticlePage;
import io.quire.comment.CommentSection;
import io.quire.comment.CommentSort;
import io.quire.comment.CommentThreads;
import io.quire.comment.CommentViewer;
import io.quire.improvement.Improvements;
import io.quire.reaction.ArticleReactions;
import io.quire.reaction.Reactions;
import io.quire.recommendation.RelatedArticles;
import io.quire.recommendation.RelatedView;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code /articles/{slug}}: the reading page. The article comes from its stored rendering; old slugs answer
 * 301 to the current one (only while it is published, so a hidden article does not leak through them).
 * <p>
 * A hidden article answers 410 Gone with a page saying the moderators removed it, rather than 404: the page
 * existed and was public, so a reader following an old link deserves to know it was taken down on purpose
 * rather than wonder whether the link is wrong, and 410 tells crawlers to drop it at once. Its author and
 * moderators see it instead (200, {@code noindex}) under a banner with the reason; moderators can restore it.
 */
@Controller
class ArticlePageController {

    private final ArticleCatalog catalog;
    private final MemberDirectory members;
    private final SiteLinks links;
    private final Improvements improvements;
    private final CommentThreads comments;
    private final Reactions reactions;
    private final RelatedArticles related;
    private final ArticleModeration moderation;
    private final MemberPageSlots memberPageSlots;

    ArticlePageController(ArticleCatalog catalog, MemberDirectory members, SiteLinks links,
            Improvements improvements, CommentThreads comments, Reactions reactions, RelatedArticles related,
            ArticleModeration moderation, MemberPageSlots memberPageSlots) {
        this.catalog = catalog;
        this.members = members;
        this.links = links;
        this.improvements = improvements;
        this.comments = comments;
        this.reactions = reactions;
        this.related = related;
        this.moderation = moderation;
        this.memberPageSlots = memberPageSlots;
    }

    @GetMapping("/articles/{slug}")
    Object article(@AuthenticationPrincipal QuireUser user, @PathVariable String slug, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        ArticlePage page = catalog.findPublishedPage(slug).orElse(null);
        if (page == null) {
            ArticlePage hidden = catalog.findHiddenPage(slug).orElse(null);
            if (hidden != null) {
                return hiddenArticle(user, hidden, model, response);
            }
            return catalog.currentSlugFor(slug).map(this::movedPermanently)
                    .orElseThrow(() -> new ArticleNotFoundException(slug));
        }
        model.addAttribute("article", page);
        model.addAttribute("author", members.find(page.authorId()).orElse(null));
        model.addAttribute("canonicalUrl", links.absolute(page.path()));
        model.addAttribute("pageDescription", page.excerpt());
        model.addAttribute("pick", improvements.activePick(page.id()).orElse(null));
        addEngagement(user, page, model, request);
        List<RelatedView> similarReads = related.forArticle(page.id());
        model.addAttribute("similarReads", similarReads);
        PageCaching.allow(request, PageCaching.article(page.id()), PageCaching.ARTICLES);
        // The count, not the list: a kept page keeps this callback, and the list's titles and excerpts came to
        // 10 MB of the heap over 2,000 kept pages (heap dump, 100k articles).
        int shown = similarReads.size();
        PageCaching.onCachedView(request, () -> related.countImpressions(shown));
        return "site/article";
    }

    /** The article under its banner for its author and moderators; 410 Gone for everyone else. */
    private String hiddenArticle(QuireUser user, ArticlePage page, Model model, HttpServletResponse response) {
        HiddenNotice notice = moderation.hiddenNotice(page.id(), user == null ? null : user.id()).orElse(null);
        if (notice == null) {
            response.setStatus(HttpStatus.GONE.value());
            return "site/article-removed";
        }
        model.addAttribute("article", page);
        model.addAttribute("author", members.find(page.authorId()).orElse(null));
        model.addAttribute("hidden", notice);
        return "site/article-hidden";
    }

    /**
     * Comments (one statement, with their replies) and, for members, their own likes and save (one more). A
     * member's page that shows no comment they like is offered for sharing with other members (its author's too),
     * with marks where each reader's own parts go.
     */
    private void addEngagement(QuireUser user, ArticlePage page, Model model, HttpServletRequest request) {
        CommentSection section = comments.section(page.id(), page.slug(), CommentSort.OLDEST, 1,
                CommentViewer.of(user));
        ArticleReactions mine = user == null ? ArticleReactions.NONE
                : reactions.forArticle(user.id(), page.id(), section.page().commentIds());
        if (user != null && PageCaching.memberSharingWanted(request) && mine.likedCommentIds().isEmpty()) {
            MemberPageFacts facts = new MemberPageFacts(page.id(), page.slug(), page.authorId(), page.likeCount(),
                    section.page().shownComments());
            if (facts.mayShare(user)) {
                PageCaching.shareWithMembers(request, facts);
                model.addAllAttributes(memberPageSlots.modelAttributes());
            }
        }
        model.addAttribute("comments", section);
        model.addAttribute("likedCommentIds", mine.likedCommentIds());
        model.addAttribute("likeButton", mine.likeButton(page.slug(), page.likeCount()));
        model.addAttribute("saveButton", mine.saveButton(page.slug()));
    }

    private RedirectView movedPermanently(String currentSlug) {
        RedirectView redirect = new RedirectView("/articles/" + currentSlug);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return redirect;
    }
}
