package io.quire.notification;

import jakarta.servlet.http.HttpServletRequest;

import io.quire.account.QuireUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the layout's bell its count on every page a member sees. Anonymous readers get none, and neither do
 * htmx fragment requests, which render no layout.
 */
@ControllerAdvice
class NotificationCountAdvice {

    private final NotificationCounts counts;

    NotificationCountAdvice(NotificationCounts counts) {
        this.counts = counts;
    }

    @ModelAttribute("notificationCount")
    Long notificationCount(@AuthenticationPrincipal QuireUser user, HttpServletRequest request) {
        boolean fragment = "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"));
        return user == null || fragment ? null : counts.unreadFor(user.id());
    }
}
