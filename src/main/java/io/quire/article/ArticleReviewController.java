package io.quire.article;

import io.quire.account.QuireUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /articles/{slug}/review}: where a moderator publishes, sends back or rejects a submission. */
@Controller
class ArticleReviewController {

    private final ArticleReviews reviews;

    ArticleReviewController(ArticleReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/articles/{slug}/review")
    String review(@AuthenticationPrincipal QuireUser user, @PathVariable String slug, Model model) {
        model.addAttribute("review", reviews.review(slug, user.id()));
        return "article/review";
    }

    @PostMapping("/articles/{slug}/review")
    String decide(@AuthenticationPrincipal QuireUser user, @PathVariable String slug, @RequestParam String decision,
            @RequestParam(defaultValue = "") String note, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes flash) {
        String trimmed = note.strip();
        if (!"publish".equals(decision) && trimmed.isEmpty()) {
            model.addAttribute("review", reviews.review(slug, user.id()));
            model.addAttribute("noteError", "article.review.note-required");
            model.addAttribute("decision", decision);
            return "article/review";
        }
        switch (decision) {
            case "publish" -> {
                ArticleRef published = reviews.publish(slug, user.id(), version);
                flash.addFlashAttribute("notice", "article.review.published");
                return "redirect:" + published.path();
            }
            case "send-back" -> reviews.sendBack(slug, user.id(), trimmed, version);
            case "reject" -> reviews.reject(slug, user.id(), trimmed, version);
            default -> throw new IllegalArgumentException("Unknown decision " + decision);
        }
        flash.addFlashAttribute("notice", "article.review.decided");
        return "redirect:/moderation";
    }
}
