package io.quire.shared;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells every instance when this browser last changed something, so that what an instance keeps in memory for a
 * member (their session, see {@link TouchLimitedSessionRepository}) is never older than one of their own changes,
 * whichever instance made it. Every request whose method may change state sets a cookie with the time it started;
 * a read may use kept state only if it was loaded at least {@link #MARGIN} after that time. The margin covers a
 * write's transaction committing after its request started, and the clocks of two instances disagreeing a little.
 * <p>
 * The cookie says nothing secret and a forged one can only make its own browser read more from the database.
 */
@Component
public class OwnWrites extends OncePerRequestFilter implements Ordered {

    public static final String COOKIE = "QUIRE_WROTE";
    static final Duration MARGIN = Duration.ofSeconds(10);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String VALID_AFTER = OwnWrites.class.getName() + ".validAfter";

    private final Clock clock;
    private final boolean secure;

    OwnWrites(Clock clock, @Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        this.clock = clock;
        this.secure = secure;
    }

    /** Just before {@link SessionLookupScope}, so that the session lookup knows what it may reuse. */
    @Override
    public int getOrder() {
        return SessionRepositoryFilter.DEFAULT_ORDER - 2;
    }

    /**
     * The time after which state kept in memory for this request's member must have been loaded to be used for
     * it: {@link Instant#MAX} (never) when the request may change something or did not pass this filter.
     */
    public static Instant keptStateValidAfter(HttpServletRequest request) {
        return request.getAttribute(VALID_AFTER) instanceof Instant after ? after : Instant.MAX;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant now = clock.instant();
        if (SAFE_METHODS.contains(request.getMethod())) {
            Instant wrote = lastWrite(request);
            request.setAttribute(VALID_AFTER, wrote == null ? Instant.MIN : wrote.plus(MARGIN));
        }
        else {
            request.setAttribute(VALID_AFTER, Instant.MAX);
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, Long.toString(now.toEpochMilli()))
                    .path("/").httpOnly(true).secure(secure).sameSite("Lax").build().toString());
        }
        chain.doFilter(request, response);
    }

    /** The time in the cookie; a cookie that is not a time counts as a write now. */
    private Instant lastWrite(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                try {
                    return Instant.ofEpochMilli(Long.parseLong(cookie.getValue()));
                }
                catch (NumberFormatException | java.time.DateTimeException malformed) {
                    return clock.instant();
                }
            }
        }
        return null;
    }
}
