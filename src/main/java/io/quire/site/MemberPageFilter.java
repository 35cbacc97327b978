package io.quire.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import io.quire.account.QuireUser;
import io.quire.reaction.Reactions;
import io.quire.shared.OwnWrites;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.util.FastByteArrayOutputStream;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves a member's article page from a {@link SharedMemberPage} unless it shows a comment they like, or they
 * moderate, or a message waits for them. Most page views by members are such pages, and each otherwise costs a full
 * render (about ten times the CPU of everything else in the request). The member still gets their own account menu,
 * like and save buttons, the link to report the article (not on their own article), controls of each comment (edit
 * and delete on their own), CSRF token and fresh comment-form tokens. Their reactions come from memory and the like
 * count from the kept page, unless they changed something since it was kept (ADR 0012: then both are read, in one
 * statement); the rest is checked against the kept page's {@link MemberPageFacts}. Anything else renders as before.
 * <p>
 * The kept page lives in {@link PageCache} beside the anonymous one and goes stale with it, on this instance and
 * on every other ({@link PageChangePoller}). Answers stay private ({@code no-store}, set by Spring Security).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 11)
class MemberPageFilter extends OncePerRequestFilter {

    private static final Pattern ARTICLE_PATH = Pattern.compile("/articles/[^/]+");
    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";
    /** How long a request waits for another one rendering the same page before it renders the page itself. */
    private static final long RENDER_WAIT_SECONDS = 5;

    private final PageCache cache;
    private final PageCacheProperties properties;
    private final ApplicationAvailability availability;
    private final MemberPageSlots slots;
    private final Reactions reactions;
    private final MemberFragments fragments;
    private final Counter served;
    private final Counter kept;
    private final Counter rendered;

    MemberPageFilter(PageCache cache, PageCacheProperties properties, ApplicationAvailability availability,
            MemberPageSlots slots, Reactions reactions, MemberFragments fragments, MeterRegistry meters) {
        this.cache = cache;
        this.properties = properties;
        this.availability = availability;
        this.slots = slots;
        this.reactions = reactions;
        this.fragments = fragments;
        this.served = outcome(meters, "served", "a kept page, with the member's own parts");
        this.kept = outcome(meters, "kept", "rendered, kept for other members and served");
        this.rendered = outcome(meters, "rendered", "rendered for this member only: the page shows something of theirs");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !properties.enabled() || !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC
                || request.getHeader("HX-Request") != null || !ARTICLE_PATH.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        QuireUser user = member();
        if (user == null || user.isModerator() || hasFlashMessages(request)) {
            chain.doFilter(request, response);
            return;
        }
        PageKey key = PageKey.forMembers(request);
        PageCache.Lookup lookup = cache.lookUpOrClaim(key, RENDER_WAIT_SECONDS);
        SharedMemberPage page = (SharedMemberPage) lookup.page();
        boolean claimed = lookup.claimed();
        try {
            if (page == null) {
                renderForSharing(key, user, request, response, chain);
                return;
            }
            Reactions.Current mine = page.facts().mayShare(user) ? reactionsTo(page, user, request) : null;
            if (mine != null && mine.reactions().likedCommentIds().isEmpty()
                    && send(page, ownParts(page.facts(), user, mine, request, response), user, request, response)) {
                page.viewed();
                served.increment();
            }
            else {
                chain.doFilter(request, response);
                rendered.increment();
            }
        }
        finally {
            if (claimed) {
                cache.release(key);
            }
        }
    }

    /**
     * Renders the member's page with marks in place of their own parts. If the controller found it shareable
     * ({@link PageCaching#shareWithMembers}), it is kept and sent like a kept one; otherwise it is sent as it
     * is, with the member's CSRF token where the mark is.
     */
    private void renderForSharing(PageKey key, QuireUser user, HttpServletRequest request,
            HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        long evictions = cache.evictionCount();
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        PageCaching.wantMemberSharing(request);
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(new MarkedCsrfTokenRequest(request, token, slots.csrfTokenMark()), capture);
        MemberPageFacts facts = PageCaching.memberFacts(request);
        Set<String> scopes = PageCaching.scopes(request);
        String type = capture.getContentType();
        boolean html = type != null && type.startsWith("text/html");
        String body = new String(capture.getContentAsByteArray(), StandardCharsets.UTF_8);
        SharedMemberPage page = facts != null && scopes != null && html
                && capture.getStatus() == HttpServletResponse.SC_OK
                && capture.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
                ? SharedMemberPage.of(body, slots, token.getToken().length(), facts, type, capture.getLocale(),
                        scopes, PageCaching.onCachedView(request)).orElse(null)
                : null;
        OwnParts own = facts == null ? null : ownParts(facts, user, reactionsTo(facts, user), request, response);
        if (page != null) {
            cache.put(key, page, evictions);
            if (send(page, own, user, request, response)) {
                kept.increment();
                return;
            }
        }
        rendered.increment();
        if (html && facts != null) {
            body = personalized(body, own, facts, user, request, response);
        }
        byte[] answer = html ? body.replace(slots.csrfTokenMark(), token.getToken()).getBytes(StandardCharsets.UTF_8)
                : capture.getContentAsByteArray();
        capture.resetBuffer();
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }

    /**
     * Sends the kept page with the member's own parts, or returns {@code false} without writing anything if one
     * of them does not fit its slot.
     */
    private boolean send(SharedMemberPage page, OwnParts own, QuireUser user, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        byte[] csrf = ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken()
                .getBytes(StandardCharsets.UTF_8);
        Map<Long, MemberFragments.OwnPart> controls = new HashMap<>();
        for (long comment : page.commentsWithControls()) {
            MemberFragments.OwnPart part = page.facts().controlsFor(comment, user)
                    .map(c -> fragments.commentControls(c, request, response)).orElse(null);
            if (part == null || !page.fits(SharedMemberPage.Slot.COMMENT_CONTROLS, part.length())) {
                return false;
            }
            controls.put(comment, part);
        }
        SharedMemberPage.Filling fill = new SharedMemberPage.Filling() {
            @Override
            public byte[] text(SharedMemberPage.Slot slot, long comment) {
                return slot == SharedMemberPage.Slot.CSRF_TOKEN ? csrf : formToken();
            }

            @Override
            public SharedMemberPage.Part part(SharedMemberPage.Slot slot, long comment) {
                return slot == SharedMemberPage.Slot.COMMENT_CONTROLS ? controls.get(comment) : own.part(slot);
            }
        };
        if (!page.fits(SharedMemberPage.Slot.ACCOUNT_NAV, own.accountNav().length())
                || !page.fits(SharedMemberPage.Slot.LIKE_BUTTON, own.likeButton().length())
                || !page.fits(SharedMemberPage.Slot.SAVE_BUTTON, own.saveButton().length())
                || !page.fits(SharedMemberPage.Slot.REPORT_ARTICLE, own.reportArticle().length())
                || !page.fits(SharedMemberPage.Slot.CSRF_TOKEN, csrf.length)) {
            return false;
        }
        response.setContentType(page.contentType());
        response.setLocale(page.locale());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        FastByteArrayOutputStream out;
        if (AcceptEncoding.allowsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            out = page.gzipped(fill);
        }
        else {
            out = new FastByteArrayOutputStream(64 * 1024);
            page.writeHtml(out, fill);
        }
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
        return true;
    }

    private static Counter outcome(MeterRegistry meters, String outcome, String description) {
        return Counter.builder("quire.page-cache.member-pages").tag("outcome", outcome)
                .description("Member article page views by how they were answered: " + description)
                .register(meters);
    }

    /** A page rendered with marks, with the member's own parts in their place (when it was not kept or sent). */
    private String personalized(String body, OwnParts own, MemberPageFacts facts, QuireUser user,
            HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> marks = slots.modelAttributes();
        String personal = body.replace(marks.get("accountNavMark"), text(own.accountNav().html()))
                .replace(marks.get("likeButtonMark"), text(own.likeButton().html()))
                .replace(marks.get("saveButtonMark"), text(own.saveButton().html()))
                .replace(marks.get("reportArticleMark"), text(own.reportArticle().html()));
        for (long comment : facts.commentIds()) {
            personal = personal.replace(slots.commentControlsMark(comment), facts.controlsFor(comment, user)
                    .map(c -> text(fragments.commentControls(c, request, response).html())).orElse(""));
        }
        return personal;
    }

    /**
     * The member's menu, buttons and report link, with the like count that came with their reactions (see
     * {@link #reactionsTo(SharedMemberPage, QuireUser, HttpServletRequest)}).
     */
    private OwnParts ownParts(MemberPageFacts facts, QuireUser user, Reactions.Current mine,
            HttpServletRequest request, HttpServletResponse response) {
        String slug = facts.articleSlug();
        return new OwnParts(fragments.accountNav(user, request, response),
                fragments.likeButton(mine.reactions().likeButton(slug, mine.likeCount()), request, response),
                fragments.saveButton(mine.reactions().saveButton(slug), request, response),
                facts.wrote(user) ? MemberFragments.OwnPart.NONE : fragments.reportArticle(slug, request, response));
    }

    private record OwnParts(MemberFragments.OwnPart accountNav, MemberFragments.OwnPart likeButton,
            MemberFragments.OwnPart saveButton, MemberFragments.OwnPart reportArticle) {

        MemberFragments.OwnPart part(SharedMemberPage.Slot slot) {
            return switch (slot) {
                case ACCOUNT_NAV -> accountNav;
                case LIKE_BUTTON -> likeButton;
                case SAVE_BUTTON -> saveButton;
                case REPORT_ARTICLE -> reportArticle;
                default -> throw new IllegalArgumentException(slot + " is not the member's own part");
            };
        }
    }

    private Reactions.Current reactionsTo(MemberPageFacts facts, QuireUser user) {
        return reactions.current(user.id(), facts.articleId(), facts.commentIds());
    }

    /**
     * The member's reactions to a kept page and its like count. When the member changed nothing since well before
     * the page was kept (ADR 0012), the page's own count is as fresh as any reader's and their reactions come from
     * memory, with no statement; otherwise both are read now, since their own like may be newer than the page.
     */
    private Reactions.Current reactionsTo(SharedMemberPage page, QuireUser user, HttpServletRequest request) {
        MemberPageFacts facts = page.facts();
        Instant validAfter = OwnWrites.keptStateValidAfter(request);
        if (page.keptAt().isAfter(validAfter)) {
            return new Reactions.Current(reactions.forArticle(user.id(), facts.articleId(), facts.commentIds(),
                    validAfter), facts.likeCount());
        }
        return reactionsTo(facts, user);
    }

    private static String text(byte[] html) {
        return new String(html, StandardCharsets.UTF_8);
    }

    /**
     * A comment form's one-time token. It only has to differ from the member's other forms' (the comment
     * module's double-submit check), not to be secret, so it comes from the thread's own generator: the
     * {@code SecureRandom} behind {@link UUID#randomUUID()} is shared behind a lock, and a page has a form per comment.
     */
    private static byte[] formToken() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xf000L | 0x4000L;
        long low = random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L;
        return new UUID(high, low).toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean hasFlashMessages(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(FLASH_MAPS) instanceof List<?> maps && !maps.isEmpty();
    }

    private static QuireUser member() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof QuireUser user ? user : null;
    }
}
