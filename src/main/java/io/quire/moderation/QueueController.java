package io.quire.moderation;

import java.net.URI;
import java.time.Clock;
import java.util.NoSuchElementException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import io.quire.account.QuireUser;
import io.quire.account.SafeRedirects;
import io.quire.shared.Pages;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /moderation}: the queue, an item's page, and claiming, releasing and undoing. Deciding happens on the
 * owner's review page, which this module only links to.
 */
@Controller
@RequestMapping("/moderation")
class QueueController {

    private final ModerationQueue queue;
    private final Clock clock;

    QueueController(ModerationQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    /**
     * A filter value that does not parse (say {@code kind=BOGUS}) is dropped rather than answered with 400. The
     * filter is put back into the model because after a failed conversion the binder leaves a null target there.
     */
    @GetMapping
    String queue(@ModelAttribute("filter") QueueFilter filter, BindingResult badValues,
            @RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("queue", queue.list(filter, page));
        model.addAttribute("pageBase", filter.path());
        model.addAttribute("categories", queue.categories());
        model.addAttribute("counts", queue.openCounts());
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("ages", QueueFilter.Age.values());
        model.addAttribute("orders", QueueFilter.Order.values());
        model.addAttribute("now", clock.instant());
        // Going back to a pushed filter URL, htmx asks for it with HX-Request too, but swaps in the whole body.
        return htmx.isHistoryRestoreRequest() ? "moderation/queue"
                : Pages.pageOrFragment(htmx, "moderation/queue", "queue-list");
    }

    @GetMapping("/items/{id}")
    String item(@PathVariable long id, @AuthenticationPrincipal QuireUser user, Model model) {
        QueueItemView item = queue.find(id).orElseThrow();
        model.addAttribute("item", item);
        model.addAttribute("participants", queue.participants(id));
        model.addAttribute("history", queue.history(id));
        model.addAttribute("raisedByYou", queue.isRaisedBy(id, user.id()));
        model.addAttribute("mayUndo", queue.mayReopen(id, user.id(), user.isAdmin()));
        model.addAttribute("undoable", queue.isUndoable(item.kind()));
        model.addAttribute("now", clock.instant());
        return "moderation/item";
    }

    /** Without JavaScript, goes back to the page the button was on; with htmx, answers with the new banner. */
    @PostMapping("/items/{id}/claim")
    String claim(@PathVariable long id, @AuthenticationPrincipal QuireUser user, HtmxRequest htmx,
            @RequestHeader(name = "Referer", required = false) String referer, Model model, RedirectAttributes flash) {
        String problem = null;
        try {
            queue.claim(id, user.id());
        }
        catch (ItemClaimedException taken) {
            problem = "moderation.claim.taken";
        }
        catch (ItemAlreadyDecidedException decided) {
            problem = "moderation.claim.decided";
        }
        return banner(id, problem, "moderation.claim.done", htmx, referer, model, flash);
    }

    @PostMapping("/items/{id}/release")
    String release(@PathVariable long id, @AuthenticationPrincipal QuireUser user, HtmxRequest htmx,
            @RequestHeader(name = "Referer", required = false) String referer, Model model, RedirectAttributes flash) {
        queue.release(id, user.id());
        return banner(id, null, "moderation.claim.released", htmx, referer, model, flash);
    }

    @PostMapping("/items/{id}/reopen")
    String reopen(@PathVariable long id, @AuthenticationPrincipal QuireUser user, RedirectAttributes flash) {
        try {
            queue.reopen(id, user.id());
            flash.addFlashAttribute("notice", "moderation.undo.done");
        }
        catch (UndoNotAllowedException refused) {
            // A flash message is a bare key; the one reason with an argument (the closing time) gets the general text.
            flash.addFlashAttribute("alert", refused.windowClosedAt() == null ? refused.messageKey()
                    : "moderation.undo.refused");
        }
        catch (ItemAlreadyDecidedException refused) {
            flash.addFlashAttribute("alert", "moderation.undo.refused");
        }
        return "redirect:/moderation/items/" + id;
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String missing() {
        return "error/404";
    }

    private String banner(long id, String problem, String done, HtmxRequest htmx, String referer, Model model,
            RedirectAttributes flash) {
        if (htmx.isHtmxRequest()) {
            model.addAttribute("item", queue.find(id).orElseThrow());
            model.addAttribute("claimProblem", problem);
            return "moderation/fragments :: claim-banner(item=${item})";
        }
        flash.addFlashAttribute(problem == null ? "notice" : "alert", problem == null ? done : problem);
        String back = SafeRedirects.localPath(pathOf(referer));
        return "redirect:" + (back == null ? "/moderation/items/" + id : back);
    }

    private static String pathOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }
}
