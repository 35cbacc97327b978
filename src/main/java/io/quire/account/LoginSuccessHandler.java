package io.quire.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Brings a member back to where they were: the {@code next} field of the login form when it is a path on
 * this site (an open redirect otherwise), else the page that asked for a login, else home.
 */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        String next = SafeRedirects.localPath(request.getParameter("next"));
        if (next != null) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, next);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
