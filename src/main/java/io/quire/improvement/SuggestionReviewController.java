package io.quire.improvement;

import io.quire.account.QuireUser;
import io.quire.article.StaleRevisionException;
import io.quire.moderation.ItemAlreadyDecidedException;
import io.quire.moderation.ModerationQueue;
import io.quire.moderation.Outcome;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /suggestions/{id}/review}: the quoted passage in its paragraph, a one-click apply of a proposed
 * replacement, an editable copy of the article to accept with, and the other decisions.
 */
@Controller
@PreAuthorize("hasRole('MODERATOR')")
class SuggestionReviewController {

    static final String VIEW = "improvement/suggestion-review";

    private final Suggestions suggestions;
    private final ModerationQueue queue;
    private final MessageSource messages;

    SuggestionReviewController(Suggestions suggestions, ModerationQueue queue, MessageSource messages) {
        this.suggestions = suggestions;
        this.queue = queue;
        this.messages = messages;
    }

    @GetMapping("/suggestions/{id}/review")
    String review(@AuthenticationPrincipal QuireUser user, @PathVariable long id, Model model) {
        show(user, id, model);
        return VIEW;
    }

    @PostMapping("/suggestions/{id}/apply")
    String apply(@AuthenticationPrincipal QuireUser user, @PathVariable long id, @RequestParam long version,
            Model model, RedirectAttributes flash) {
        try {
            suggestions.apply(id, user.id(), version);
        }
        catch (QuoteNotUniqueException notUnique) {
            return again(user, id, "improvement.suggestion-review.quote-not-unique", null, model);
        }
        catch (ItemAlreadyDecidedException lost) {
            return again(user, id, null, messages.getMessage(lost, LocaleContextHolder.getLocale()), model);
        }
        flash.addFlashAttribute("notice", "improvement.suggestion-review.applied");
        return "redirect:/moderation";
    }

    @PostMapping("/suggestions/{id}/review")
    String decide(@AuthenticationPrincipal QuireUser user, @PathVariable long id, @RequestParam String decision,
            @RequestParam long version, @RequestParam int currentRevision,
            @RequestParam(defaultValue = "") String markdown, @RequestParam(defaultValue = "") String note,
            Model model, RedirectAttributes flash) {
        String reason = note.strip();
        try {
            switch (decision) {
                case "accept" -> {
                    if (markdown.isBlank()) {
                        return again(user, id, "improvement.review.text-required", null, model);
                    }
                    suggestions.accept(id, user.id(), version, currentRevision, markdown,
                            reason.isEmpty() ? null : reason);
                }
                case "already-fixed" -> suggestions.decide(id, user.id(), version, Outcome.ALREADY_FIXED, nullIfEmpty(reason));
                case "duplicate" -> suggestions.decide(id, user.id(), version, Outcome.DUPLICATE, nullIfEmpty(reason));
                case "reject" -> {
                    if (reason.isEmpty()) {
                        return again(user, id, "improvement.review.note-required", null, model);
                    }
                    suggestions.decide(id, user.id(), version, Outcome.REJECTED, reason);
                }
                default -> throw new IllegalArgumentException("Unknown decision " + decision);
            }
        }
        catch (ItemAlreadyDecidedException lost) {
            return again(user, id, null, messages.getMessage(lost, LocaleContextHolder.getLocale()), model);
        }
        catch (StaleRevisionException moved) {
            return again(user, id, null, messages.getMessage("improvement.review.moved", null,
                    LocaleContextHolder.getLocale()), model);
        }
        flash.addFlashAttribute("notice", "improvement.review.decided");
        return "redirect:/moderation";
    }

    private void show(QuireUser user, long id, Model model) {
        SuggestionReview review = suggestions.review(id, user.id());
        model.addAttribute("review", review);
        model.addAttribute("raisedByYou", review.item() != null && queue.isRaisedBy(review.item().id(), user.id()));
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }

    private String again(QuireUser user, long id, String error, String problem, Model model) {
        show(user, id, model);
        model.addAttribute("error", error);
        model.addAttribute("problem", problem);
        return VIEW;
    }
}
