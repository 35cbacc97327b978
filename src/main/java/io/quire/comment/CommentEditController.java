package io.quire.comment;

import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.quire.account.QuireUser;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One comment: its permalink and thread page ({@code /comments/{id}}), editing it in place, and deleting it.
 * The service checks that the member wrote the comment; the URL's id is never trusted.
 */
@Controller
class CommentEditController {

    private final CommentThreads threads;
    private final CommentService comments;
    private final CommentPageModel pageModel;
    private final MessageSource messages;

    CommentEditController(CommentThreads threads, CommentService comments, CommentPageModel pageModel,
            MessageSource messages) {
        this.threads = threads;
        this.comments = comments;
        this.pageModel = pageModel;
        this.messages = messages;
    }

    /** The thread page of a comment; a reply's permalink leads to its thread. htmx gets the comment alone. */
    @GetMapping("/comments/{id}")
    String show(@AuthenticationPrincipal QuireUser user, @PathVariable long id, HtmxRequest htmx, Model model) {
        CommentViewer viewer = CommentViewer.of(user);
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            model.addAttribute("c", threads.one(id, viewer));
            pageModel.addFor(model, viewer, List.of(id));
            return "comment/fragments :: comment-main";
        }
        CommentThread thread = threads.thread(id, viewer);
        if (thread.comment().id() != id) {
            return "redirect:/comments/" + thread.comment().id() + "#comment-" + id;
        }
        model.addAttribute("thread", thread);
        model.addAttribute("c", thread.comment());
        pageModel.addFor(model, viewer, new CommentThreadPage(List.of(thread.comment()), CommentSort.OLDEST, 1,
                false).commentIds());
        return "comment/thread";
    }

    @GetMapping("/comments/{id}/edit")
    String editForm(@AuthenticationPrincipal QuireUser user, @PathVariable long id, HtmxRequest htmx, Model model,
            Locale locale) {
        SignedIn.required(user);
        try {
            CommentService.Editable editable = comments.editable(id, user.id());
            return editor(editable.comment(), editable.markdown(), null, htmx, model);
        }
        catch (CommentRefused refused) {
            return editor(threads.one(id, CommentViewer.of(user)), "", message(refused, locale), htmx, model);
        }
    }

    @PostMapping("/comments/{id}/edit")
    String edit(@AuthenticationPrincipal QuireUser user, @PathVariable long id,
            @RequestParam(defaultValue = "") String body, HtmxRequest htmx, Model model, RedirectAttributes flash,
            Locale locale) {
        CommentView edited;
        try {
            edited = comments.edit(id, user.id(), body);
        }
        catch (CommentRefused refused) {
            return editor(threads.one(id, CommentViewer.of(user)), body, message(refused, locale), htmx, model);
        }
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            model.addAttribute("c", edited);
            pageModel.addFor(model, CommentViewer.of(user), List.of(id));
            return "comment/fragments :: comment-main";
        }
        flash.addFlashAttribute("notice", "comment.edited-notice");
        return "redirect:" + threads.locate(id);
    }

    /**
     * Deletes the member's comment. htmx: the comment's element goes away, or shows the placeholder when
     * replies hang on it, or — for the last reply under a deleted comment — the whole thread goes.
     */
    @PostMapping("/comments/{id}/delete")
    Object delete(@AuthenticationPrincipal QuireUser user, @PathVariable long id, HtmxRequest htmx,
            HtmxResponse htmxResponse, Model model, RedirectAttributes flash) {
        CommentService.Deleted deleted = comments.delete(id, user.id());
        if (!htmx.isHtmxRequest() || htmx.isBoosted()) {
            flash.addFlashAttribute("notice", "comment.deleted-notice");
            return "redirect:/articles/" + deleted.articleSlug() + "#comments";
        }
        if (deleted.placeholder() != null) {
            htmxResponse.setRetarget("#comment-main-" + id);
            model.addAttribute("c", deleted.placeholder());
            pageModel.addFor(model, CommentViewer.of(user), List.of());
            return "comment/fragments :: comment-main";
        }
        // Nothing to show: the target element is removed, and with it its replies.
        ResponseEntity.BodyBuilder gone = ResponseEntity.ok().header("HX-Reswap", HtmxReswap.delete().toHeaderValue());
        if (deleted.threadGone()) {
            gone.header("HX-Retarget", "#comment-" + deleted.parentId());
        }
        return gone.build();
    }

    private String editor(CommentView comment, String body, String error, HtmxRequest htmx, Model model) {
        model.addAttribute("c", comment);
        model.addAttribute("editBody", body);
        model.addAttribute("editError", error);
        return htmx.isHtmxRequest() && !htmx.isBoosted() ? "comment/edit :: comment-editor" : "comment/edit";
    }

    private String message(CommentRefused refused, Locale locale) {
        return messages.getMessage(refused.code(), refused.args(), locale);
    }
}
