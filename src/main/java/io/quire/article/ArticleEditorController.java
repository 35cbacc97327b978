package io.quire.article;

import java.util.List;

import jakarta.validation.Valid;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.quire.account.QuireUser;
import io.quire.markdown.MarkdownTooLargeException;
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
 * The editor: start a draft, edit it with a live preview (htmx) or a Preview button (without JS), save it,
 * autosave it, and submit it for review. One template, {@code article/editor}.
 */
@Controller
class ArticleEditorController {

    private final ArticleAuthoring authoring;
    private final Categories categories;
    private final ArticleCatalog catalog;

    ArticleEditorController(ArticleAuthoring authoring, Categories categories, ArticleCatalog catalog) {
        this.authoring = authoring;
        this.categories = categories;
        this.catalog = catalog;
    }

    @GetMapping("/articles/new")
    String chooseKind(@RequestParam(required = false) String kind, Model model) {
        model.addAttribute("kinds", ArticleKind.values());
        model.addAttribute("selectedKind", ArticleKind.fromSlug(kind == null ? "" : kind).orElse(ArticleKind.TUTORIAL));
        return "article/new";
    }

    @PostMapping("/articles/new")
    String startDraft(@AuthenticationPrincipal QuireUser user, @RequestParam String kind) {
        ArticleKind chosen = ArticleKind.fromSlug(kind).orElse(ArticleKind.TUTORIAL);
        return "redirect:/articles/" + authoring.startDraft(user.id(), chosen) + "/edit";
    }

    @GetMapping("/articles/{slug}/edit")
    String edit(@AuthenticationPrincipal QuireUser user, @PathVariable String slug, Model model) {
        DraftView draft = authoring.draft(slug, user.id());
        model.addAttribute("form", draft.form());
        return editor(draft, model);
    }

    @PostMapping("/articles/{slug}/edit")
    String save(@AuthenticationPrincipal QuireUser user, @PathVariable String slug,
            @Valid @ModelAttribute("form") ArticleForm form, BindingResult errors,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes flash) {
        DraftView draft = authoring.draft(slug, user.id());
        if ("preview".equals(action)) {
            addPreview(form.markdown(), model);
            return editor(draft, model);
        }
        if (!errors.hasErrors()) {
            List<ArticleAuthoring.FieldProblem> problems = "submit".equals(action)
                    ? authoring.submit(slug, user.id(), form) : authoring.save(slug, user.id(), form);
            problems.forEach(p -> errors.rejectValue(p.field(), p.code(), p.args(), null));
        }
        if (errors.hasErrors()) {
            FormErrors.keepFirstPerField(errors, model);
            model.addAttribute("problemCount", errors.getErrorCount());
            return editor(draft, model);
        }
        if ("submit".equals(action)) {
            flash.addFlashAttribute("notice", "article.submitted");
            return "redirect:/me/contributions";
        }
        flash.addFlashAttribute("notice", "article.saved");
        return "redirect:/articles/" + slug + "/edit";
    }

    /** Autosave from htmx while typing: saves what can be saved and says when. */
    @PostMapping("/articles/{slug}/autosave")
    String autosave(@AuthenticationPrincipal QuireUser user, @PathVariable String slug,
            @Valid @ModelAttribute("form") ArticleForm form, BindingResult errors, Model model) {
        boolean saved = !errors.hasErrors() && authoring.save(slug, user.id(), form).isEmpty();
        model.addAttribute("saved", saved);
        model.addAttribute("savedAt", java.time.Instant.now());
        return "article/editor :: autosave-status";
    }

    /** The live preview: renders what is typed, stores nothing. */
    @PostMapping("/articles/preview")
    String preview(@RequestParam(defaultValue = "") String markdown, HtmxRequest htmx, Model model) {
        addPreview(markdown, model);
        return "article/editor :: preview";
    }

    @PostMapping("/articles/{slug}/withdraw")
    String withdraw(@AuthenticationPrincipal QuireUser user, @PathVariable String slug, RedirectAttributes flash) {
        authoring.withdraw(slug, user.id());
        flash.addFlashAttribute("notice", "article.withdrawn");
        return "redirect:/articles/" + slug + "/edit";
    }

    @GetMapping("/tags/suggest")
    String suggestTags(@RequestParam(defaultValue = "") String tags, Model model) {
        String last = tags.contains(",") ? tags.substring(tags.lastIndexOf(',') + 1) : tags;
        model.addAttribute("tagOptions", catalog.suggestTags(last.strip(), 8));
        return "article/editor :: tag-options";
    }

    private void addPreview(String markdown, Model model) {
        try {
            model.addAttribute("preview", authoring.preview(markdown));
        }
        catch (MarkdownTooLargeException tooLarge) {
            model.addAttribute("previewError", "article.body.too-large");
        }
    }

    private String editor(DraftView draft, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("categories", categories.all());
        model.addAttribute("outcomes", ExperienceOutcome.values());
        if (!model.containsAttribute("tagOptions")) {
            model.addAttribute("tagOptions", catalog.popularTags(20));
        }
        return "article/editor";
    }
}
