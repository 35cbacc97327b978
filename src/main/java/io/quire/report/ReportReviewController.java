package io.quire.report;

import io.quire.account.QuireUser;
import io.quire.moderation.ItemAlreadyDecidedException;
import io.quire.shared.FormErrors;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /reports/{article|comment}/{id}}: the moderation item's review page for reports, with the reported item,
 * the grouped reasons and the decisions. The service checks the moderator role too; this annotation only sends
 * anonymous visitors to log in.
 */
@Controller
@PreAuthorize("hasRole('MODERATOR')")
class ReportReviewController {

    static final String VIEW = "report/review";

    private final ReportReview review;
    private final MessageSource messages;

    ReportReviewController(ReportReview review, MessageSource messages) {
        this.review = review;
        this.messages = messages;
    }

    @GetMapping("/reports/{type}/{id}")
    String show(@AuthenticationPrincipal QuireUser user, @PathVariable String type, @PathVariable long id,
            Model model) {
        ReportReviewView view = review.review(TargetType.ofSubject(type), id, user.id());
        model.addAttribute("decisionForm", ReportDecisionForm.of(view.item().id(), view.item().version()));
        return page(view, model);
    }

    @PostMapping("/reports/{type}/{id}")
    String decide(@AuthenticationPrincipal QuireUser user, @PathVariable String type, @PathVariable long id,
            @Valid @ModelAttribute("decisionForm") ReportDecisionForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        TargetType targetType = TargetType.ofSubject(type);
        form.check(targetType, review.today(), errors);
        if (errors.hasErrors()) {
            FormErrors.keepFirstPerField(errors, model);
            return page(review.review(targetType, id, user.id()), model);
        }
        try {
            review.decide(targetType, id, user.id(), form);
        }
        catch (ItemAlreadyDecidedException lost) {
            model.addAttribute("problem", messages.getMessage(lost, LocaleContextHolder.getLocale()));
            return page(review.review(targetType, id, user.id()), model);
        }
        flash.addFlashAttribute("notice", "report.review.decided");
        return "redirect:/moderation";
    }

    private String page(ReportReviewView view, Model model) {
        model.addAttribute("review", view);
        model.addAttribute("item", view.item());
        return VIEW;
    }
}
