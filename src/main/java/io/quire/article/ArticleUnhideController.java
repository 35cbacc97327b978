package io.quire.article;

import io.quire.account.QuireUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code POST /articles/{slug}/unhide}: a moderator restores a hidden article, from the banner on its page.
 * ({@code /restore} is taken: it restores an old revision, from the history page.)
 * Only moderators, checked in {@link ArticleModeration}; the security configuration sends anonymous posts to
 * login and requires the CSRF token.
 */
@Controller
class ArticleUnhideController {

    private final ArticleCatalog catalog;
    private final ArticleModeration moderation;

    ArticleUnhideController(ArticleCatalog catalog, ArticleModeration moderation) {
        this.catalog = catalog;
        this.moderation = moderation;
    }

    @PostMapping("/articles/{slug}/unhide")
    String unhide(@AuthenticationPrincipal QuireUser user, @PathVariable String slug,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        ArticleRef article = catalog.findRef(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
        if (reason.isBlank()) {
            flash.addFlashAttribute("alert", "article.hidden.reason-required");
            return "redirect:" + article.path();
        }
        try {
            moderation.restore(article.id(), user.id(), reason);
            flash.addFlashAttribute("notice", "article.hidden.restored");
        }
        catch (ArticleStateException notHidden) {
            flash.addFlashAttribute("alert", "article.hidden.not-hidden");
        }
        return "redirect:" + article.path();
    }
}
