package io.quire.article;

import java.util.Locale;

import io.quire.account.QuireUser;
import io.quire.moderation.ItemAlreadyDecidedException;

import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    ArticleReviewController(ArticleReviews reviews, MessageSource messages) {
        this.reviews = reviews;
        this.messages = messages;
    }

    @GetMapping("/articles/{slug}/review")
    String review(@AuthenticationPrincipal QuireUser user, @PathVariable String slug, Model model) {
        model.addAttribute("review", reviews.review(slug, user.id()));
        return "article/review";
    }

    @PostMapping("/articles/{slug}/review")
    String decide(@AuthenticationPrincipal QuireUser user, @PathVariable String slug, @RequestParam String decision,
            @RequestParam(defaultValue = "") String note, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes flash, Locale locale) {
        String trimmed = note.strip();
        if (!"publish".equals(decision) && trimmed.isEmpty()) {
            model.addAttribute("review", reviews.review(slug, user.id()));
            model.addAttribute("noteError", "article.review.note-required");
            model.addAttribute("decision", decision);
            return "article/review";
        }
        try {
            return decide(user, slug, decision, trimmed, version, flash);
        }
        catch (ItemAlreadyDecidedException lost) {
            model.addAttribute("decisionError", messages.getMessage(lost, locale));
            return "article/review-decided";
        }
    }

    private String decide(QuireUser user, String slug, String decision, String trimmed, Long version,
            RedirectAttributes flash) {
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
