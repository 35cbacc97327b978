package io.quire.site;

import io.quire.account.QuireUser;
import io.quire.article.ArticleAuthoring;
import io.quire.improvement.Improvements;
import io.quire.improvement.Suggestions;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /me/contributions}: a member's own drafts, submissions and their review status. */
@Controller
class ContributionsController {

    private final ArticleAuthoring authoring;
    private final Improvements improvements;
    private final Suggestions suggestions;

    ContributionsController(ArticleAuthoring authoring, Improvements improvements, Suggestions suggestions) {
        this.authoring = authoring;
        this.improvements = improvements;
        this.suggestions = suggestions;
    }

    @GetMapping("/me/contributions")
    String contributions(@AuthenticationPrincipal QuireUser user, Model model) {
        model.addAttribute("articles", authoring.contributionsOf(user.id()));
        model.addAttribute("improvements", improvements.of(user.id()));
        model.addAttribute("suggestions", suggestions.of(user.id()));
        return "site/contributions";
    }
}
