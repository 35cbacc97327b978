package io.quire.account;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Sends anonymous visitors to the login page and back afterwards. For an htmx request the whole page must
 * change, not the fragment being swapped, so it answers with {@code HX-Redirect} and the page they were on.
 */
class LoginRedirectEntryPoint implements AuthenticationEntryPoint {

    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        if ("true".equals(request.getHeader("HX-Request"))) {
            String back = SafeRedirects.localPath(pathOf(request.getHeader("HX-Current-URL")));
            String target = request.getContextPath() + "/login"
                    + (back == null ? "" : "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if ("GET".equals(request.getMethod())) {
            requestCache.saveRequest(request, response);
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        // A form posted without a session (expired, or never logged in): go back to where it came from after login.
        String back = SafeRedirects.localPath(pathOf(request.getHeader("Referer")));
        response.sendRedirect(request.getContextPath() + "/login"
                + (back == null ? "" : "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8)));
    }

    private static String pathOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            java.net.URI uri = java.net.URI.create(url);
            String path = uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }
}
