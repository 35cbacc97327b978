package io.quire.site;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The marks a page rendered for sharing among members carries where each reader's own text goes, and how
 * {@link SharedMemberPage} finds them again. The account menu and the CSRF token are written as marks with a
 * secret made at start-up, so no text a member writes can pass for one (and article and comment HTML is
 * sanitized, without comments or inputs, anyway); a comment form's one-time token is found where the form
 * template writes it.
 */
@Component
class MemberPageSlots {

    private final String accountNav;
    private final String csrfToken;
    private final Pattern pattern;

    MemberPageSlots() {
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        String mark = HexFormat.of().formatHex(secret);
        this.accountNav = "<!--quire-account-nav-" + mark + "-->";
        this.csrfToken = "quire-csrf-" + mark;
        this.pattern = Pattern.compile("(" + Pattern.quote(accountNav) + ")|(" + Pattern.quote(csrfToken)
                + ")|(?<=<input type=\"hidden\" name=\"token\" value=\")[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\")");
    }

    /** What the layout writes instead of the account menu. */
    String accountNavMark() {
        return accountNav;
    }

    /** The CSRF token the page is rendered with. */
    String csrfTokenMark() {
        return csrfToken;
    }

    Pattern pattern() {
        return pattern;
    }

    SharedMemberPage.Slot slotOf(Matcher match) {
        if (match.group(1) != null) {
            return SharedMemberPage.Slot.ACCOUNT_NAV;
        }
        return match.group(2) != null ? SharedMemberPage.Slot.CSRF_TOKEN : SharedMemberPage.Slot.FORM_TOKEN;
    }
}
