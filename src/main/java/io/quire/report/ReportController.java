package io.quire.report;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.quire.account.QuireUser;
import io.quire.moderation.SubmissionCheck;
import io.quire.shared.FormErrors;
import io.quire.shared.Pages;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Report" on an article ({@code /articles/{slug}/report}) and on a comment ({@code /comments/{id}/report}): a
 * page without JavaScript, a dialog swapped into the page with htmx. Anonymous visitors are sent to log in first.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ReportController {

    static final String VIEW = "report/report";
    static final String FRAGMENT = "report-dialog";

    private final Reports reports;
    private final ReportTargets targets;

    ReportController(Reports reports, ReportTargets targets) {
        this.reports = reports;
        this.targets = targets;
    }

    @ModelAttribute("reasons")
    ReportReason[] reasons() {
        return ReportReason.values();
    }

    @InitBinder("reportForm")
    void allowOnly(WebDataBinder binder) {
        binder.setAllowedFields("reason", "details");
    }

    @GetMapping("/articles/{slug}/report")
    String articleForm(@AuthenticationPrincipal QuireUser user, @PathVariable String slug, HtmxRequest htmx,
            Model model) {
        return form(targets.article(slug), user, htmx, model);
    }

    @GetMapping("/comments/{id}/report")
    String commentForm(@AuthenticationPrincipal QuireUser user, @PathVariable long id, HtmxRequest htmx,
            Model model) {
        return form(targets.comment(id), user, htmx, model);
    }

    @PostMapping("/articles/{slug}/reports")
    String reportArticle(@AuthenticationPrincipal QuireUser user, @PathVariable String slug,
            @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult errors, HtmxRequest htmx, Model model,
            RedirectAttributes flash) {
        return report(targets.article(slug), user, form, errors, htmx, model, flash);
    }

    @PostMapping("/comments/{id}/reports")
    String reportComment(@AuthenticationPrincipal QuireUser user, @PathVariable long id,
            @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult errors, HtmxRequest htmx, Model model,
            RedirectAttributes flash) {
        return report(targets.comment(id), user, form, errors, htmx, model, flash);
    }

    private String form(ReportTarget target, QuireUser user, HtmxRequest htmx, Model model) {
        model.addAttribute("target", target);
        model.addAttribute("state", reports.refusal(target, user.id()));
        model.addAttribute("reportForm", ReportForm.empty());
        return Pages.pageOrFragment(htmx, VIEW, FRAGMENT);
    }

    private String report(ReportTarget target, QuireUser user, ReportForm form, BindingResult errors,
            HtmxRequest htmx, Model model, RedirectAttributes flash) {
        model.addAttribute("target", target);
        if (!errors.hasErrors()) {
            SubmissionCheck check = reports.checkSubmission(user.id());
            if (!check.allowed()) {
                errors.reject(check.messageKey(), check.args(), null);
            }
        }
        if (errors.hasErrors()) {
            FormErrors.keepFirstPerField(errors, model);
            model.addAttribute("state", reports.refusal(target, user.id()));
            return Pages.pageOrFragment(htmx, VIEW, FRAGMENT);
        }
        ReportResult result = reports.report(target, user.id(), form);
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            model.addAttribute("state", result);
            model.addAttribute("sent", result == ReportResult.SENT);
            return VIEW + " :: " + FRAGMENT;
        }
        flash.addFlashAttribute("notice", switch (result) {
            case SENT -> "report.thanks";
            case ALREADY_REPORTED -> "report.already";
            case OWN_CONTENT -> "report.own";
        });
        return "redirect:" + target.path();
    }
}
