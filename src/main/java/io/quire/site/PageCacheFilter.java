package io.quire.site;

import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the pages that opted in through {@link PageCaching} to anonymous readers from {@link PageCache}: gzipped
 * bytes straight from memory, with a strong {@code ETag}, {@code Last-Modified} and 304 on revalidation.
 * <p>
 * It runs after Spring Security's filter chain, so that Security decides who is anonymous and
 * still writes its headers (CSP and the rest) on every answer. Only plain anonymous GETs qualify: no parameters
 * (but on the search page, where they are part of the key), no htmx request, no session cookie (a session may hold flash messages). A rendered page is kept only when it
 * is a 200 HTML answer that set no cookie and created no session. Members always get their own page, which
 * Security marks {@code no-store}.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class PageCacheFilter extends OncePerRequestFilter {

    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";
    /**
     * The colour-scheme cookie changes the HTML, a session cookie means it is not served from here, and an htmx
     * request for the same URL is answered with a fragment by the controller.
     */
    static final String VARY = "Accept-Encoding, Cookie, HX-Request";

    /** How long a request waits for another one rendering the same page before it renders the page itself. */
    private static final long RENDER_WAIT_SECONDS = 5;

    private static final Pattern CACHEABLE_PATHS = Pattern.compile("/|/articles/[^/]+|/categories/[^/]+|/search");
    /** The one page whose parameters are part of what it shows; its key includes them. */
    private static final String SEARCH_PATH = "/search";

    private final PageCache cache;
    private final PageCacheProperties properties;
    private final Clock clock;
    private final ApplicationAvailability availability;

    PageCacheFilter(PageCache cache, PageCacheProperties properties, Clock clock,
            ApplicationAvailability availability) {
        this.cache = cache;
        this.properties = properties;
        this.clock = clock;
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Until the application is ready, start-up runners (demo content, for one) may still be writing without
        // events, and a page kept now would hide their work for a whole TTL.
        return !properties.enabled() || !"GET".equals(request.getMethod())
                || !request.getParameterMap().isEmpty() && !SEARCH_PATH.equals(request.getRequestURI())
                || availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC
                || request.getHeader("HX-Request") != null || request.getRequestedSessionId() != null
                || !CACHEABLE_PATHS.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!anonymous()) {
            chain.doFilter(request, response);
            return;
        }
        PageKey key = PageKey.of(request);
        PageCache.Lookup lookup = cache.lookUpOrClaim(key, RENDER_WAIT_SECONDS);
        CachedPage page = (CachedPage) lookup.page();
        boolean claimed = lookup.claimed();
        if (page != null) {
            page.viewed();
            send(page, request, response);
            return;
        }
        try {
            page = render(key, request, response, chain);
        }
        finally {
            if (claimed) {
                cache.release(key);
            }
        }
        if (page != null) {
            send(page, request, response);
        }
    }

    /** Renders the page; keeps and returns it if it may be shared, else sends it as it is and returns null. */
    private CachedPage render(PageKey key, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        long evictions = cache.evictionCount();
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        Set<String> scopes = PageCaching.scopes(request);
        if (scopes == null || !shareable(request, capture)) {
            capture.copyBodyToResponse();
            return null;
        }
        CachedPage page = CachedPage.of(capture.getContentAsByteArray(), capture.getContentType(),
                capture.getLocale(), scopes, PageCaching.onCachedView(request), clock.instant());
        cache.put(key, page, evictions);
        return page;
    }

    private static boolean shareable(HttpServletRequest request, ContentCachingResponseWrapper capture) {
        String type = capture.getContentType();
        return capture.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
                && capture.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && request.getSession(false) == null;
    }

    private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean gzip = AcceptEncoding.allowsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, VARY);
        if (new ServletWebRequest(request, response).checkNotModified(page.etag(gzip),
                page.lastModified().toEpochMilli())) {
            return;
        }
        response.setContentType(page.contentType());
        response.setLocale(page.locale());
        ServletOutputStream out = response.getOutputStream();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.setContentLength(page.gzippedLength());
            page.writeGzipped(out);
        }
        else {
            response.setContentLength(page.length());
            page.writeHtml(out);
        }
    }

    private static boolean anonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }
}
