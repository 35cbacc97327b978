package io.quire.moderation;

import java.util.List;

import jakarta.validation.Valid;

import io.quire.account.QuireUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Test sources only: stands in for an owner module (article, improvement, report), the way owners are meant to
 * use the queue — a review page with the claim banner and the decision form, and a POST that resolves the item
 * and, when another moderator won the race, goes back to the page with a clear message.
 */
@Controller
@RequestMapping("/moderation/fake-subjects/{subjectId}/review")
class FakeOwnerReviewController {

    static final List<Outcome> OUTCOMES = List.of(Outcome.ACCEPTED, Outcome.REJECTED, Outcome.SENT_BACK);

    private final ModerationQueue queue;

    FakeOwnerReviewController(ModerationQueue queue) {
        this.queue = queue;
    }

    @GetMapping
    String review(@PathVariable long subjectId, Model model) {
        model.addAttribute("item", queue.findLatest(TestItems.SUBJECT_TYPE, subjectId).orElseThrow());
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("action", "/moderation/fake-subjects/" + subjectId + "/review");
        return "moderation/fake-subject-review";
    }

    @PostMapping
    String decide(@PathVariable long subjectId, @AuthenticationPrincipal QuireUser user,
            @Valid @ModelAttribute("decision") DecisionForm decision, BindingResult errors, Model model,
            RedirectAttributes flash) {
        QueueItemView item = queue.findLatest(TestItems.SUBJECT_TYPE, subjectId).orElseThrow();
        if (errors.hasErrors()) {
            model.addAttribute("alert", "moderation.decision.outcome-required");
            return review(subjectId, model);
        }
        try {
            // A real owner calls its own service here, which applies the outcome and resolves in one transaction.
            queue.resolve(item.id(), user.id(), decision.version(), decision.outcome(), decision.reason());
        }
        catch (ItemAlreadyDecidedException lost) {
            flash.addFlashAttribute("alert", "moderation.decision.lost");
        }
        return "redirect:/moderation/fake-subjects/" + subjectId + "/review";
    }
}
