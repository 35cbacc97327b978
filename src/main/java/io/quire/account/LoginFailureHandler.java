package io.quire.account;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a failed login back to the form with a specific message and the username still typed in, through
 * a flash attribute rather than the URL, so neither ends up in access logs.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final LoginThrottle throttle;
    private final MemberService members;
    private final MessageSource messages;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    LoginFailureHandler(LoginThrottle throttle, MemberService members, MessageSource messages) {
        this.throttle = throttle;
        this.members = members;
        this.messages = messages;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        if (exception instanceof LockedException && username != null) {
            var suspension = members.activeSuspension(username.strip());
            if (suspension.isPresent()) {
                String until = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
                        .withZone(ZoneOffset.UTC).format(suspension.get().until());
                back(request, response, "login.suspended", until, suspension.get().reason());
                return;
            }
        }
        throttle.recordFailure(username, request.getRemoteAddr());
        back(request, response, "login.bad-credentials");
    }

    void throttled(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        back(request, response, "login.throttled", minutes);
    }

    private void back(HttpServletRequest request, HttpServletResponse response, String code, Object... args)
            throws IOException {
        FlashMap flash = new FlashMap();
        flash.put("loginError", messages.getMessage(code, args, request.getLocale()));
        flash.put("username", request.getParameter("username"));
        flash.put("next", SafeRedirects.localPath(request.getParameter("next")));
        flash.setTargetRequestPath(request.getContextPath() + "/login");
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + "/login");
    }

}
