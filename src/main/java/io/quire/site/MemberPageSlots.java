package io.quire.site;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The marks a page rendered for sharing among members carries where each reader's own text goes, and how
 * {@link SharedMemberPage} finds them again. The account menu, the like and save buttons, the link to report the
 * article, each comment's controls (with the comment's id) and the CSRF token are written as marks with a secret
 * made at start-up, so no text a member writes can pass for one (and article and comment HTML is sanitized,
 * without comments or inputs, anyway); a comment form's one-time token is found where the form template writes it.
 */
@Component
class MemberPageSlots {

    /** The model attributes holding the marks the templates write instead of a member's own fragments. */
    static final List<String> MODEL_ATTRIBUTES = List.of("accountNavMark", "likeButtonMark", "saveButtonMark",
            "reportArticleMark", "commentControlsMark");

    private final String accountNav;
    private final String likeButton;
    private final String saveButton;
    private final String reportArticle;
    /** Followed by the comment's id and the end of the HTML comment. */
    private final String commentControls;
    private final String csrfToken;
    private final Pattern pattern;

    MemberPageSlots() {
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        String mark = HexFormat.of().formatHex(secret);
        this.accountNav = "<!--quire-account-nav-" + mark + "-->";
        this.likeButton = "<!--quire-like-button-" + mark + "-->";
        this.saveButton = "<!--quire-save-button-" + mark + "-->";
        this.reportArticle = "<!--quire-report-article-" + mark + "-->";
        this.commentControls = "<!--quire-comment-controls-" + mark + "-";
        this.csrfToken = "quire-csrf-" + mark;
        this.pattern = Pattern.compile("(" + Pattern.quote(accountNav) + ")|(" + Pattern.quote(likeButton) + ")|("
                + Pattern.quote(saveButton) + ")|(" + Pattern.quote(csrfToken) + ")|(" + Pattern.quote(reportArticle)
                + ")|" + Pattern.quote(commentControls)
                + "(?<comment>[0-9]{1,18})-->"
                + "|(?<=<input type=\"hidden\" name=\"token\" value=\")[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\")");
    }

    /** The marks as model attributes ({@link #MODEL_ATTRIBUTES}), for a page rendered to be shared. */
    Map<String, String> modelAttributes() {
        return Map.of("accountNavMark", accountNav, "likeButtonMark", likeButton, "saveButtonMark", saveButton,
                "reportArticleMark", reportArticle, "commentControlsMark", commentControls);
    }

    /** Where a page rendered with marks but not shared shows the controls of comment {@code id}. */
    String commentControlsMark(long id) {
        return commentControls + id + "-->";
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
        if (match.group(2) != null) {
            return SharedMemberPage.Slot.LIKE_BUTTON;
        }
        if (match.group(3) != null) {
            return SharedMemberPage.Slot.SAVE_BUTTON;
        }
        if (match.group(4) != null) {
            return SharedMemberPage.Slot.CSRF_TOKEN;
        }
        if (match.group(5) != null) {
            return SharedMemberPage.Slot.REPORT_ARTICLE;
        }
        return match.group("comment") != null ? SharedMemberPage.Slot.COMMENT_CONTROLS
                : SharedMemberPage.Slot.FORM_TOKEN;
    }

    /** The comment whose controls go where {@code match} is, or 0 for a slot that is not a comment's. */
    long commentOf(Matcher match) {
        String id = match.group("comment");
        return id == null ? 0 : Long.parseLong(id);
    }
}
