package io.quire.site;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quire.account.QuireUser;
import io.quire.account.Role;
import io.quire.notification.NotificationCounts;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The layout's account menu of a member, for {@link MemberPageFilter}: rendered on its own once per member and
 * unread count, then kept with a mark where the logout form's CSRF token goes. Rendering the few lines through
 * Thymeleaf took half the time of serving a member's kept page.
 */
@Component
class AccountNavs {

    private final ThymeleafViewResolver views;
    private final NotificationCounts notifications;
    private final MemberPageSlots slots;
    /** Everything the menu shows is in the key, so a renamed member or a new notification misses. */
    private final Cache<Key, String> rendered = Caffeine.newBuilder().maximumSize(10_000).build();

    AccountNavs(ThymeleafViewResolver views, NotificationCounts notifications, MemberPageSlots slots) {
        this.views = views;
        this.notifications = notifications;
        this.slots = slots;
    }

    /** The menu for the member of {@code request}, with the request's own CSRF token. */
    String forMember(QuireUser user, HttpServletRequest request, HttpServletResponse response) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Key key = new Key(user.id(), user.getUsername(), user.displayName(), user.role(),
                notifications.unreadFor(user.id()), request.getLocale());
        String nav = rendered.get(key, k -> render(k, request, response, token));
        return nav.replace(slots.csrfTokenMark(), token.getToken());
    }

    private String render(Key key, HttpServletRequest request, HttpServletResponse response, CsrfToken token) {
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        // Thymeleaf keeps a page's variables as request attributes, so the mark the page was just rendered with
        // (when it was rendered in this request) must be cleared, or the menu would render as the mark.
        Map<String, Object> model = new HashMap<>();
        model.put("accountNavMark", null);
        model.put("notificationCount", key.unread());
        try {
            View view = views.resolveViewName("layout/main :: account-nav", key.locale());
            view.render(model, new MarkedCsrfTokenRequest(request, token, slots.csrfTokenMark()), capture);
        }
        catch (Exception ex) {
            throw new IllegalStateException("could not render the account menu", ex);
        }
        return new String(capture.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private record Key(long memberId, String username, String displayName, Role role, long unread, Locale locale) {
    }
}
