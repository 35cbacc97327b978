package io.quire.improvement;

import io.quire.account.QuireUser;
import io.quire.article.StaleRevisionException;
import io.quire.moderation.ItemAlreadyDecidedException;
import io.quire.moderation.ModerationQueue;

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
 * {@code /improvements/{id}/review}: the moderation queue's review page for an improvement. The edited (or
 * merged) text and the item version come back with the decision; a lost race or a newer revision re-renders
 * the page with what happened.
 */
@Controller
@PreAuthorize("hasRole('MODERATOR')")
class ImprovementReviewController {

    static final String VIEW = "improvement/review";

    private final ImprovementReviews reviews;
    private final ModerationQueue queue;
    private final MessageSource messages;

    ImprovementReviewController(ImprovementReviews reviews, ModerationQueue queue, MessageSource messages) {
        this.reviews = reviews;
        this.queue = queue;
        this.messages = messages;
    }

    @GetMapping("/improvements/{id}/review")
    String review(@AuthenticationPrincipal QuireUser user, @PathVariable long id,
            @RequestParam(defaultValue = "split") String view, Model model) {
        show(user, id, model);
        model.addAttribute("view", "inline".equals(view) ? "inline" : "split");
        return VIEW;
    }

    @PostMapping("/improvements/{id}/review")
    String decide(@AuthenticationPrincipal QuireUser user, @PathVariable long id, @RequestParam String decision,
            @RequestParam long version, @RequestParam int currentRevision, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String summary, @RequestParam(defaultValue = "") String markdown,
            @RequestParam(defaultValue = "") String note, Model model, RedirectAttributes flash) {
        String reason = note.strip();
        try {
            switch (decision) {
                case "accept" -> {
                    if (title.isBlank() || markdown.isBlank()) {
                        return again(user, id, "improvement.review.text-required", title, summary, markdown, model);
                    }
                    reviews.accept(id, user.id(), version, currentRevision,
                            new ImprovementForm(title, summary, markdown, null), reason.isEmpty() ? null : reason);
                }
                case "send-back", "reject" -> {
                    if (reason.isEmpty()) {
                        return again(user, id, "improvement.review.note-required", title, summary, markdown, model);
                    }
                    if ("reject".equals(decision)) {
                        reviews.reject(id, user.id(), version, reason);
                    }
                    else {
                        reviews.sendBack(id, user.id(), version, reason);
                    }
                }
                default -> throw new IllegalArgumentException("Unknown decision " + decision);
            }
        }
        catch (ItemAlreadyDecidedException lost) {
            model.addAttribute("problem", messages.getMessage(lost, LocaleContextHolder.getLocale()));
            return again(user, id, null, title, summary, markdown, model);
        }
        catch (StaleRevisionException moved) {
            model.addAttribute("problem", messages.getMessage("improvement.review.moved", null,
                    LocaleContextHolder.getLocale()));
            return again(user, id, null, null, null, null, model);
        }
        catch (ConflictMarkersException unresolved) {
            return again(user, id, "improvement.review.conflicts-left", title, summary, markdown, model);
        }
        flash.addFlashAttribute("notice", "improvement.review.decided");
        return "redirect:/moderation";
    }

    private void show(QuireUser user, long id, Model model) {
        ImprovementReview review = reviews.review(id, user.id());
        model.addAttribute("review", review);
        model.addAttribute("raisedByYou", review.item() != null && queue.isRaisedBy(review.item().id(), user.id()));
    }

    private String again(QuireUser user, long id, String error, String title, String summary, String markdown,
            Model model) {
        show(user, id, model);
        model.addAttribute("view", "split");
        model.addAttribute("error", error);
        model.addAttribute("editedTitle", title);
        model.addAttribute("editedSummary", summary);
        model.addAttribute("editedMarkdown", markdown);
        return VIEW;
    }
}
