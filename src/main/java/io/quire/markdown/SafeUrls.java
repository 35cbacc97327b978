package io.quire.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which URLs user content may link to or load images from. Used twice: to unwrap links and images in the
 * Markdown tree (so the reader still sees their text) and inside the HTML sanitizer as the last word.
 */
final class SafeUrls {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

    // Raster formats only: an SVG image can carry script, and text/html data URLs are whole documents.
    private static final Pattern DATA_IMAGE =
            Pattern.compile("data:image/(?:png|gif|jpeg|webp);base64,[A-Za-z0-9+/]++={0,2}", Pattern.CASE_INSENSITIVE);

    private SafeUrls() {
    }

    /** http, https, mailto, or a URL relative to this site (path, query or {@code #fragment}). */
    static boolean isSafeLink(String url) {
        String scheme = scheme(url);
        return scheme.isEmpty() || LINK_SCHEMES.contains(scheme);
    }

    /** http, https, a relative URL, or a base64 PNG, GIF, JPEG or WebP data URL. */
    static boolean isSafeImage(String url) {
        String scheme = scheme(url);
        return scheme.isEmpty() || IMAGE_SCHEMES.contains(scheme)
                || scheme.equals("data") && DATA_IMAGE.matcher(url).matches();
    }

    /** Whether the URL can be shown as a link in place of an image (a data URL cannot). */
    static boolean isLinkableImage(String url) {
        return isSafeImage(url) && !scheme(url).equals("data");
    }

    /**
     * The lower-case scheme the browser would see, "" for a relative URL, or "?" when the URL is malformed.
     * Browsers drop ASCII tabs and newlines anywhere and control characters and spaces at the start, so
     * "java\tscript:" is a javascript: URL; anything with a colon before the first slash, query or fragment must
     * therefore be a scheme we know, even when a browser would read it as a relative path.
     */
    private static String scheme(String url) {
        if (url == null) {
            return "?";
        }
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || (c <= ' ' && scheme.length() == 0)) {
                continue;
            }
            if (c == ':') {
                return isSchemeName(scheme) ? scheme.toString().toLowerCase(Locale.ROOT) : "?";
            }
            if (c == '/' || c == '\\' || c == '?' || c == '#') {
                return "";
            }
            scheme.append(c);
        }
        return "";
    }

    private static boolean isSchemeName(CharSequence name) {
        if (name.length() == 0 || !isAsciiLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
