package io.quire.site;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What an anonymous page's HTML depends on besides the data behind it: the path, the colour scheme chosen with
 * the toggle (rendered into {@code <html>} by the server) and the locale that formats dates.
 */
record PageKey(String path, String scheme, Locale locale) {

    static final String SCHEME_COOKIE = "quire-scheme";

    static PageKey of(HttpServletRequest request) {
        return new PageKey(request.getRequestURI(), scheme(request.getCookies()), request.getLocale());
    }

    /** The scheme as {@code ColourSchemeAdvice} reads it: anything but dark or light means the system's. */
    private static String scheme(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SCHEME_COOKIE.equals(cookie.getName())
                        && ("dark".equals(cookie.getValue()) || "light".equals(cookie.getValue()))) {
                    return cookie.getValue();
                }
            }
        }
        return "";
    }
}
