package io.quire.comment;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.quire.account.QuireUser;
import io.quire.shared.FormErrors;

import org.springframework.context.MessageSource;
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
 * Moderators hide and unhide comments: inline under each comment (htmx swaps the comment), or on
 * {@code /comments/{id}/moderate}, which also shows the comment's moderation log.
 */
@Controller
class CommentModerationController {

    private final CommentModeration moderation;
    private final CommentThreads threads;
    private final CommentPageModel pageModel;
    private final MessageSource messages;

    CommentModerationController(CommentModeration moderation, CommentThreads threads, CommentPageModel pageModel,
            MessageSource messages) {
        this.moderation = moderation;
        this.threads = threads;
        this.pageModel = pageModel;
        this.messages = messages;
    }

    @GetMapping("/comments/{id}/moderate")
    String page(@AuthenticationPrincipal QuireUser user, @PathVariable long id, Model model) {
        return moderationPage(SignedIn.required(user), id, "", null, model);
    }

    @PostMapping("/comments/{id}/hide")
    String hide(@AuthenticationPrincipal QuireUser user, @PathVariable long id,
            @Valid @ModelAttribute("moderationForm") ModerationForm form, BindingResult errors, HtmxRequest htmx,
            Model model, RedirectAttributes flash, Locale locale) {
        if (errors.hasErrors()) {
            return refused(user, id, form, errors, htmx, model, locale);
        }
        return decided(user, moderation.hide(id, user.id(), form.reason()), "comment.hidden-notice", htmx, model,
                flash);
    }

    @PostMapping("/comments/{id}/unhide")
    String unhide(@AuthenticationPrincipal QuireUser user, @PathVariable long id,
            @Valid @ModelAttribute("moderationForm") ModerationForm form, BindingResult errors, HtmxRequest htmx,
            Model model, RedirectAttributes flash, Locale locale) {
        if (errors.hasErrors()) {
            return refused(user, id, form, errors, htmx, model, locale);
        }
        return decided(user, moderation.unhide(id, user.id(), form.reason()), "comment.unhidden-notice", htmx, model,
                flash);
    }

    private String decided(QuireUser user, CommentView comment, String notice, HtmxRequest htmx, Model model,
            RedirectAttributes flash) {
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            model.addAttribute("c", comment);
            pageModel.addFor(model, CommentViewer.of(user), List.of(comment.id()));
            return "comment/fragments :: comment-main";
        }
        flash.addFlashAttribute("notice", notice);
        return "redirect:" + threads.locate(comment.id());
    }

    private String refused(QuireUser user, long id, ModerationForm form, BindingResult errors, HtmxRequest htmx,
            Model model, Locale locale) {
        FormErrors.keepFirstPerField(errors, model);
        BindingResult trimmed = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "moderationForm");
        String error = messages.getMessage(trimmed.getFieldError("reason"), locale);
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            model.addAttribute("c", moderation.comment(id, user.id()));
            model.addAttribute("moderationFor", id);
            model.addAttribute("moderationError", error);
            pageModel.addFor(model, CommentViewer.of(user), List.of(id));
            return "comment/fragments :: comment-main";
        }
        return moderationPage(user, id, form.reason() == null ? "" : form.reason(), error, model);
    }

    private String moderationPage(QuireUser user, long id, String reason, String error, Model model) {
        model.addAttribute("c", moderation.comment(id, user.id()));
        model.addAttribute("history", moderation.history(id, user.id()));
        model.addAttribute("reason", reason);
        model.addAttribute("reasonError", error);
        return "comment/moderate";
    }
}
