package io.quire.site;

import io.quire.account.QuireUser;
import io.quire.article.ArticleAuthoring;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /me/contributions}: a member's own drafts, submissions and their review status. */
@Controller
class ContributionsController {

    private final ArticleAuthoring authoring;

    ContributionsController(ArticleAuthoring authoring) {
        this.authoring = authoring;
    }

    @GetMapping("/me/contributions")
    String contributions(@AuthenticationPrincipal QuireUser user, Model model) {
        model.addAttribute("articles", authoring.contributionsOf(user.id()));
        return "site/contributions";
    }
}
