package io.quire.site;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What a kept page's HTML depends on besides the data behind it: the path, the colour scheme chosen with the
 * toggle (rendered into {@code <html>} by the server), the locale that formats dates, and whether it is the
 * anonymous page or the one shared by members ({@link SharedMemberPage}).
 */
record PageKey(String path, String scheme, Locale locale, boolean members) {

    static final String SCHEME_COOKIE = "quire-scheme";

    /** The key of the page anonymous readers get. */
    static PageKey of(HttpServletRequest request) {
        return new PageKey(request.getRequestURI(), scheme(request.getCookies()), request.getLocale(), false);
    }

    /** The key of the page members share. */
    static PageKey forMembers(HttpServletRequest request) {
        return new PageKey(request.getRequestURI(), scheme(request.getCookies()), request.getLocale(), true);
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
