package io.quire.improvement;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.quire.account.QuireUser;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleNotFoundException;
import io.quire.article.ArticleRef;
import io.quire.moderation.SubmissionCheck;
import io.quire.shared.FormErrors;
import io.quire.shared.Pages;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /articles/{slug}/improve}: pick an article, edit the improvement, see the changes, submit. The posted
 * proposal and pick ids are checked against the member in the service.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ImprovementController {

    static final String VIEW = "improvement/editor";

    private final Improvements improvements;
    private final ArticleCatalog catalog;

    ImprovementController(Improvements improvements, ArticleCatalog catalog) {
        this.improvements = improvements;
        this.catalog = catalog;
    }

    @GetMapping("/articles/{slug}/improve")
    String editor(@AuthenticationPrincipal QuireUser user, @PathVariable String slug, Model model) {
        ArticleRef article = article(slug);
        model.addAttribute("article", article);
        improvements.editable(slug, user.id()).ifPresentOrElse(proposal -> {
            model.addAttribute("proposal", proposal);
            model.addAttribute("improvementForm", proposal.form());
        }, () -> model.addAttribute("pick", improvements.activePick(article.id()).orElse(null)));
        return VIEW;
    }

    @PostMapping("/articles/{slug}/improve/pick")
    String pick(@AuthenticationPrincipal QuireUser user, @PathVariable String slug, RedirectAttributes flash) {
        try {
            improvements.pick(slug, user.id());
        }
        catch (ArticlePickedException taken) {
            flash.addFlashAttribute("alert", "improvement.pick.taken");
            return "redirect:/articles/" + slug + "#improve";
        }
        flash.addFlashAttribute("notice", "improvement.pick.started");
        return "redirect:/articles/" + slug + "/improve";
    }

    @PostMapping("/articles/{slug}/improve")
    String save(@AuthenticationPrincipal QuireUser user, @PathVariable String slug, @RequestParam long proposalId,
            @RequestParam(defaultValue = "save") String action,
            @Valid @ModelAttribute("improvementForm") ImprovementForm form, BindingResult errors, HtmxRequest htmx,
            Model model, RedirectAttributes flash) {
        ArticleRef article = article(slug);
        if ("preview".equals(action)) {
            model.addAttribute("diff", improvements.preview(proposalId, user.id(), form.markdown()));
            if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
                return VIEW + " :: diff-preview";
            }
            return editorAgain(user, slug, article, errors, model);
        }
        if ("submit".equals(action)) {
            if (form.changeSummary() == null || form.changeSummary().isBlank()) {
                errors.rejectValue("changeSummary", "improvement.editor.change-summary.required");
            }
            SubmissionCheck check = improvements.checkSubmission(user.id());
            if (!check.allowed()) {
                errors.reject(check.messageKey(), check.args(), null);
            }
        }
        if (errors.hasErrors()) {
            return editorAgain(user, slug, article, errors, model);
        }
        if ("submit".equals(action)) {
            improvements.submit(proposalId, user.id(), form);
            flash.addFlashAttribute("notice", "improvement.editor.thanks");
            return "redirect:/me/contributions#improvements";
        }
        improvements.save(proposalId, user.id(), form);
        flash.addFlashAttribute("notice", "improvement.editor.saved");
        return "redirect:/articles/" + slug + "/improve";
    }

    @PostMapping("/picks/{id}/release")
    String release(@AuthenticationPrincipal QuireUser user, @PathVariable long id, @RequestParam String slug,
            RedirectAttributes flash) {
        improvements.release(id, user.id());
        flash.addFlashAttribute("notice", "improvement.pick.released");
        return "redirect:/articles/" + article(slug).slug() + "#improve";
    }

    @PostMapping("/improvements/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal QuireUser user, @PathVariable long id, RedirectAttributes flash) {
        improvements.withdraw(id, user.id());
        flash.addFlashAttribute("notice", "improvement.withdrawn");
        return "redirect:/me/contributions#improvements";
    }

    private String editorAgain(QuireUser user, String slug, ArticleRef article, BindingResult errors, Model model) {
        FormErrors.keepFirstPerField(errors, model);
        model.addAttribute("article", article);
        model.addAttribute("proposal", improvements.editable(slug, user.id())
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No editable proposal")));
        return VIEW;
    }

    private ArticleRef article(String slug) {
        return catalog.findRef(slug).filter(ArticleRef::isPublished).orElseThrow(() -> new ArticleNotFoundException(slug));
    }
}
