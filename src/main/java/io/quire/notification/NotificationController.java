package io.quire.notification;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.quire.account.QuireUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /me/notifications}: the member's notifications, newest first, with "mark as read" per item and for all.
 * htmx swaps the item, or the list; without JS the page reloads at the same place.
 */
@Controller
class NotificationController {

    private final Inbox inbox;

    NotificationController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/me/notifications")
    String list(@AuthenticationPrincipal QuireUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("notifications", inbox.page(user.id(), page));
        return "notification/inbox";
    }

    @PostMapping("/me/notifications/{id}/read")
    String read(@AuthenticationPrincipal QuireUser user, @PathVariable long id,
            @RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
        NotificationView read = inbox.markRead(id, user.id());
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            model.addAttribute("n", read);
            model.addAttribute("page", page);
            return "notification/inbox :: notification";
        }
        return "redirect:/me/notifications" + (page > 0 ? "?page=" + page : "") + "#notification-" + id;
    }

    @PostMapping("/me/notifications/read-all")
    String readAll(@AuthenticationPrincipal QuireUser user, @RequestParam(defaultValue = "0") int page,
            HtmxRequest htmx, Model model, RedirectAttributes flash) {
        inbox.markAllRead(user.id());
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            model.addAttribute("notifications", inbox.page(user.id(), page));
            return "notification/inbox :: notification-list";
        }
        flash.addFlashAttribute("notice", "notification.all-read");
        return "redirect:/me/notifications" + (page > 0 ? "?page=" + page : "");
    }
}
