package io.quire.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quire.account.QuireUser;
import io.quire.account.Role;
import io.quire.comment.CommentControls;
import io.quire.notification.NotificationCounts;
import io.quire.reaction.LikeButtonView;
import io.quire.reaction.SaveButtonView;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The parts of a {@link SharedMemberPage} that are each member's own, for {@link MemberPageFilter}: the layout's
 * account menu, the article's like and save buttons, the link to report it and each comment's controls. Each is
 * rendered on its own by the template that renders it in a full page, once per distinct content (controls once per
 * kind, with a mark where the comment's id goes), and kept with a mark where the CSRF token goes. Rendering the few
 * lines of the menu through Thymeleaf on every view took half the time of serving a kept page.
 */
@Component
class MemberFragments {

    /** The comment id controls are rendered with: no comment has it, so it only stands for the id spliced in. */
    private static final long ANY_COMMENT = Long.MAX_VALUE;

    private final ThymeleafViewResolver views;
    private final NotificationCounts notifications;
    private final MemberPageSlots slots;
    /** Everything a fragment shows is in its key, so a renamed member or a new like count misses. */
    private final Cache<Key, Fragment> rendered = Caffeine.newBuilder().maximumSize(20_000).build();

    MemberFragments(ThymeleafViewResolver views, NotificationCounts notifications, MemberPageSlots slots) {
        this.views = views;
        this.notifications = notifications;
        this.slots = slots;
    }

    /** The account menu of the member of {@code request}, with the request's own CSRF token. */
    OwnPart accountNav(QuireUser user, HttpServletRequest request, HttpServletResponse response) {
        long unread = notifications.unreadFor(user.id());
        Key key = new Key("layout/main :: account-nav", new Menu(user.id(), user.getUsername(), user.displayName(),
                user.role(), unread), request.getLocale());
        return fragment(key, Map.of("notificationCount", unread), request, response);
    }

    OwnPart likeButton(LikeButtonView button, HttpServletRequest request, HttpServletResponse response) {
        return fragment(new Key("reaction/fragments :: like-button", button, request.getLocale()),
                Map.of("likeButton", button), request, response);
    }

    OwnPart saveButton(SaveButtonView button, HttpServletRequest request, HttpServletResponse response) {
        return fragment(new Key("reaction/fragments :: save-button", button, request.getLocale()),
                Map.of("saveButton", button), request, response);
    }

    /** The link to report the article with {@code slug}, which every member but its author gets. */
    OwnPart reportArticle(String slug, HttpServletRequest request, HttpServletResponse response) {
        return fragment(new Key("site/fragments :: report-article", slug, request.getLocale()),
                Map.of("reportSlug", slug), request, response);
    }

    /** The controls of a comment for the member of {@code request}, with the request's own CSRF token. */
    OwnPart commentControls(CommentControls controls, HttpServletRequest request, HttpServletResponse response) {
        CommentControls kind = controls.on(ANY_COMMENT);
        return fragment(new Key("comment/fragments :: comment-controls", kind, request.getLocale()),
                Map.of("controls", kind), request, response, controls.commentId());
    }

    private OwnPart fragment(Key key, Map<String, Object> variables, HttpServletRequest request,
            HttpServletResponse response) {
        return fragment(key, variables, request, response, null);
    }

    /** {@code comment}: the id that replaces {@link #ANY_COMMENT} in the fragment, null when it has none. */
    private OwnPart fragment(Key key, Map<String, Object> variables, HttpServletRequest request,
            HttpServletResponse response, Long comment) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Fragment fragment = rendered.get(key, k -> Fragment.of(render(k, variables, request, response, token),
                slots.csrfTokenMark(), comment == null ? null : Long.toString(ANY_COMMENT)));
        return fragment.with(token.getToken().getBytes(StandardCharsets.US_ASCII),
                comment == null ? null : comment.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A rendered fragment as UTF-8, cut where the CSRF token and the comment id go, each piece also compressed
     * once: joining bytes costs less than replacing in, encoding and compressing the text on every view.
     *
     * @param tokens for each cut, whether the CSRF token goes there (else the comment id)
     */
    private record Fragment(byte[][] parts, byte[][] deflated, boolean[] tokens) {

        static Fragment of(String html, String tokenMark, String idMark) {
            List<byte[]> parts = new ArrayList<>();
            List<Boolean> tokens = new ArrayList<>();
            String cuts = Pattern.quote(tokenMark) + (idMark == null ? "" : "|" + Pattern.quote(idMark));
            Matcher cut = Pattern.compile(cuts).matcher(html);
            int start = 0;
            while (cut.find()) {
                parts.add(html.substring(start, cut.start()).getBytes(StandardCharsets.UTF_8));
                tokens.add(cut.group().equals(tokenMark));
                start = cut.end();
            }
            parts.add(html.substring(start).getBytes(StandardCharsets.UTF_8));
            boolean[] isToken = new boolean[tokens.size()];
            for (int i = 0; i < isToken.length; i++) {
                isToken[i] = tokens.get(i);
            }
            return new Fragment(parts.toArray(byte[][]::new),
                    parts.stream().map(GzipSegments::deflateFast).toArray(byte[][]::new), isToken);
        }

        private static final Fragment EMPTY = new Fragment(new byte[][] { {} }, new byte[][] { {} }, new boolean[0]);

        /** {@code comment} is only read for a fragment cut where a comment id goes. */
        OwnPart with(byte[] token, byte[] comment) {
            return new OwnPart(this, token, comment);
        }
    }

    /**
     * A member's part of a page: a fragment's pieces with the request's CSRF token, and the comment's id, between
     * them. A gzipped page is written from the pieces as they are, so a view joins nothing for the dozens of parts
     * a page with many comments has; only a page sent uncompressed joins them.
     */
    static final class OwnPart implements SharedMemberPage.Part {

        /** A part the member does not get: their slot holds only padding. */
        static final OwnPart NONE = new OwnPart(Fragment.EMPTY, new byte[0], null);

        private final Fragment fragment;
        private final byte[] token;
        private final byte[] comment;
        private final int length;

        private OwnPart(Fragment fragment, byte[] token, byte[] comment) {
            this.fragment = fragment;
            this.token = token;
            this.comment = comment;
            int bytes = 0;
            for (byte[] part : fragment.parts()) {
                bytes += part.length;
            }
            for (int i = 0; i < fragment.tokens().length; i++) {
                bytes += cut(i).length;
            }
            this.length = bytes;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public void writeDeflated(OutputStream out) throws IOException {
            byte[][] deflated = fragment.deflated();
            for (int i = 0; i < deflated.length; i++) {
                if (i > 0) {
                    GzipSegments.stored(out, cut(i - 1));
                }
                out.write(deflated[i]);
            }
        }

        @Override
        public int crc() {
            CRC32 crc = new CRC32();
            byte[][] parts = fragment.parts();
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    crc.update(cut(i - 1));
                }
                crc.update(parts[i]);
            }
            return (int) crc.getValue();
        }

        /** The part as UTF-8, for a page that is not kept or not sent gzipped. */
        byte[] html() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(length);
            byte[][] parts = fragment.parts();
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    out.writeBytes(cut(i - 1));
                }
                out.writeBytes(parts[i]);
            }
            return out.toByteArray();
        }

        private byte[] cut(int i) {
            return fragment.tokens()[i] ? token : comment;
        }
    }

    private String render(Key key, Map<String, Object> variables, HttpServletRequest request,
            HttpServletResponse response, CsrfToken token) {
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        // Thymeleaf keeps a page's variables as request attributes, so the marks the page was just rendered with
        // (when it was rendered in this request) must be cleared, or a fragment would render as its mark.
        Map<String, Object> model = new HashMap<>(variables);
        MemberPageSlots.MODEL_ATTRIBUTES.forEach(name -> model.put(name, null));
        try {
            View view = views.resolveViewName(key.view(), key.locale());
            view.render(model, new MarkedCsrfTokenRequest(request, token, slots.csrfTokenMark()), capture);
        }
        catch (Exception ex) {
            throw new IllegalStateException("could not render " + key.view(), ex);
        }
        return new String(capture.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private record Key(String view, Object content, Locale locale) {
    }

    private record Menu(long memberId, String username, String displayName, Role role, long unread) {
    }
}
