package io.quire.reaction;

import jakarta.validation.Valid;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.quire.account.QuireUser;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleNotFoundException;
import io.quire.article.ArticleRef;
import io.quire.shared.FormErrors;

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
 * Saving an article: the one-click button on the article page (default list), and {@code /articles/{slug}/save},
 * a page to pick or create a list and add a note. {@code saved=false} takes the article out again.
 */
@Controller
class SaveController {

    private final ReadingLists readingLists;
    private final ArticleCatalog catalog;

    SaveController(ReadingLists readingLists, ArticleCatalog catalog) {
        this.readingLists = readingLists;
        this.catalog = catalog;
    }

    @GetMapping("/articles/{slug}/save")
    String page(@AuthenticationPrincipal QuireUser user, @PathVariable String slug, Model model) {
        SaveButtonView state = readingLists.saveState(slug, SignedIn.required(user).id());
        return page(user, slug, new SaveForm(state.listId(), "", ""), model);
    }

    @PostMapping("/articles/{slug}/save")
    String save(@AuthenticationPrincipal QuireUser user, @PathVariable String slug,
            @RequestParam(defaultValue = "true") boolean saved, @Valid @ModelAttribute("saveForm") SaveForm form,
            BindingResult errors, HtmxRequest htmx, Model model, RedirectAttributes flash) {
        SaveButtonView state;
        if (!saved) {
            state = readingLists.unsave(slug, user.id());
        }
        else {
            Long listId = form.listId();
            if (!errors.hasErrors() && form.wantsNewList()) {
                try {
                    listId = readingLists.createList(user.id(), form.newList());
                }
                catch (ListRefused refused) {
                    errors.rejectValue("newList", refused.code());
                }
            }
            if (errors.hasErrors()) {
                FormErrors.keepFirstPerField(errors, model);
                return page(user, slug, form, model);
            }
            state = readingLists.save(slug, user.id(), listId, form.note());
        }
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            model.addAttribute("saveButton", state);
            return "reaction/fragments :: save-button";
        }
        flash.addFlashAttribute("notice", saved ? "reaction.saved-notice" : "reaction.unsaved-notice");
        return "redirect:/articles/" + slug + "#save-button";
    }

    private String page(QuireUser user, String slug, SaveForm form, Model model) {
        ArticleRef article = catalog.findRef(slug).filter(ArticleRef::isPublished)
                .orElseThrow(() -> new ArticleNotFoundException(slug));
        model.addAttribute("article", article);
        model.addAttribute("saveButton", readingLists.saveState(slug, user.id()));
        model.addAttribute("lists", readingLists.lists(user.id()));
        model.addAttribute("saveForm", form);
        return "reaction/save";
    }
}
