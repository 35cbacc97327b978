package io.quire.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What a kept page's HTML depends on besides the data behind it: the path (with the query, for search), the colour
 * scheme chosen with the toggle (rendered into {@code <html>} by the server), the locale that formats dates, and
 * whether it is the anonymous page or the one shared by members ({@link SharedMemberPage}).
 */
record PageKey(String path, String scheme, Locale locale, boolean members) {

    static final String SCHEME_COOKIE = "quire-scheme";

    /**
     * The key of the page anonymous readers get. Its path includes the parameters, sorted, which only search has:
     * {@code ?q=java&page=1} and {@code ?page=1&q=java} are one page.
     */
    static PageKey of(HttpServletRequest request) {
        return new PageKey(request.getRequestURI() + parameters(request.getParameterMap()), scheme(request.getCookies()),
                request.getLocale(), false);
    }

    /** The key of the page members share. */
    static PageKey forMembers(HttpServletRequest request) {
        return new PageKey(request.getRequestURI(), scheme(request.getCookies()), request.getLocale(), true);
    }

    private static String parameters(Map<String, String[]> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringJoiner joined = new StringJoiner("&", "?", "");
        new TreeMap<>(parameters).forEach((name, values) -> {
            for (String value : values) {
                joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return joined.toString();
    }

    /** Whether this is a search results page, which {@link PageCache} keeps apart from the others. */
    boolean isSearch() {
        return path.startsWith("/search?") || path.equals("/search");
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
