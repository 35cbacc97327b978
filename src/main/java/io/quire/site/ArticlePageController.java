package io.quire.site;

import io.quire.account.MemberDirectory;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleNotFoundException;
import io.quire.article.ArticlePage;
import io.quire.recommendation.RelatedArticles;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code /articles/{slug}}: the reading page. The article comes from its stored rendering; old slugs answer
 * 301 to the current one.
 */
@Controller
class ArticlePageController {

    private final ArticleCatalog catalog;
    private final MemberDirectory members;
    private final SiteLinks links;
    private final RelatedArticles related;

    ArticlePageController(ArticleCatalog catalog, MemberDirectory members, SiteLinks links, RelatedArticles related) {
        this.catalog = catalog;
        this.members = members;
        this.links = links;
        this.related = related;
    }

    @GetMapping("/articles/{slug}")
    Object article(@PathVariable String slug, Model model) {
        ArticlePage page = catalog.findPublishedPage(slug).orElse(null);
        if (page == null) {
            return catalog.currentSlugFor(slug).map(this::movedPermanently)
                    .orElseThrow(() -> new ArticleNotFoundException(slug));
        }
        model.addAttribute("article", page);
        model.addAttribute("author", members.find(page.authorId()).orElse(null));
        model.addAttribute("canonicalUrl", links.absolute(page.path()));
        model.addAttribute("pageDescription", page.excerpt());
        model.addAttribute("similarReads", related.forArticle(page.id()));
        return "site/article";
    }

    private RedirectView movedPermanently(String currentSlug) {
        RedirectView redirect = new RedirectView("/articles/" + currentSlug);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return redirect;
    }
}
