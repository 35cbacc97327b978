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
 * {@code /articles/{slug}/suggestions}: "Suggest changes". A full page without JavaScript; with htmx the form
 * loads into the article page and is swapped by its answer.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class SuggestionController {

    static final String VIEW = "improvement/suggest";
    static final String FRAGMENT = "suggest-dialog";

    private final Suggestions suggestions;
    private final ArticleCatalog catalog;

    SuggestionController(Suggestions suggestions, ArticleCatalog catalog) {
        this.suggestions = suggestions;
        this.catalog = catalog;
    }

    @ModelAttribute("reasons")
    SuggestionReason[] reasons() {
        return SuggestionReason.values();
    }

    @GetMapping("/articles/{slug}/suggestions/new")
    String form(@PathVariable String slug, @RequestParam(required = false) String quote, HtmxRequest htmx,
            Model model) {
        model.addAttribute("article", article(slug));
        model.addAttribute("suggestionForm", SuggestionForm.quoting(quote));
        return Pages.pageOrFragment(htmx, VIEW, FRAGMENT);
    }

    @PostMapping("/articles/{slug}/suggestions")
    String suggest(@AuthenticationPrincipal QuireUser user, @PathVariable String slug,
            @Valid @ModelAttribute("suggestionForm") SuggestionForm form, BindingResult errors, HtmxRequest htmx,
            Model model, RedirectAttributes flash) {
        ArticleRef article = article(slug);
        form.checkWords(errors);
        if (!errors.hasErrors()) {
            SubmissionCheck check = suggestions.checkSubmission(user.id());
            if (!check.allowed()) {
                errors.reject(check.messageKey(), check.args(), null);
            }
        }
        if (errors.hasErrors()) {
            FormErrors.keepFirstPerField(errors, model);
            model.addAttribute("article", article);
            return Pages.pageOrFragment(htmx, VIEW, FRAGMENT);
        }
        suggestions.suggest(slug, user.id(), form);
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            model.addAttribute("article", article);
            model.addAttribute("sent", true);
            return VIEW + " :: " + FRAGMENT;
        }
        flash.addFlashAttribute("notice", "improvement.suggestion.thanks");
        return "redirect:/me/contributions#suggestions";
    }

    private ArticleRef article(String slug) {
        return catalog.findRef(slug).filter(ArticleRef::isPublished).orElseThrow(() -> new ArticleNotFoundException(slug));
    }
}
