package io.quire.account;

/** Accepts only paths on this site as redirect targets, so that a crafted link cannot send members away. */
public final class SafeRedirects {

    private SafeRedirects() {
    }

    /** @return {@code candidate} when it is a local absolute path, else {@code null} */
    public static String localPath(String candidate) {
        if (candidate == null || candidate.isBlank() || candidate.length() > 2000) {
            return null;
        }
        if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) {
            return null;
        }
        for (int i = 0; i < candidate.length(); i++) {
            if (Character.isISOControl(candidate.charAt(i)) || candidate.charAt(i) == '\\') {
                return null;
            }
        }
        return candidate;
    }
}
