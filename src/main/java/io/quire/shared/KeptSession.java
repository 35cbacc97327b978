package io.quire.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.session.Session;

/**
 * A member's session as it was read, kept by {@link TouchLimitedSessionRepository} to answer later reads. Only a
 * session holding exactly a signed-in security context and a CSRF token is kept, because those two can be handed
 * to several requests at once: the token never changes, and each read gets a new context around the same
 * authentication (a context is changed in place at logout). A session with anything else in it (a flash message,
 * a saved request) is always read from the store.
 */
record KeptSession(String id, Instant creationTime, Instant lastAccessedTime, Duration maxInactiveInterval,
        Authentication authentication, CsrfToken csrfToken, Instant loadedAt) {

    static final String SECURITY_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
    static final String CSRF_TOKEN = HttpSessionCsrfTokenRepository.class.getName().concat(".CSRF_TOKEN");
    static final Set<String> ATTRIBUTE_NAMES = Set.of(SECURITY_CONTEXT, CSRF_TOKEN);

    /** The session to keep, if it holds nothing but a signed-in security context and a CSRF token. */
    static Optional<KeptSession> of(Session session, Instant now) {
        if (!ATTRIBUTE_NAMES.equals(session.getAttributeNames())
                || !(session.getAttribute(SECURITY_CONTEXT) instanceof SecurityContext context)
                || context.getAuthentication() == null || !context.getAuthentication().isAuthenticated()
                || !(session.getAttribute(CSRF_TOKEN) instanceof CsrfToken token)) {
            return Optional.empty();
        }
        return Optional.of(new KeptSession(session.getId(), session.getCreationTime(), session.getLastAccessedTime(),
                session.getMaxInactiveInterval(), context.getAuthentication(), token, now));
    }

    /** The attribute as the stored session would give it; a new security context on every call. */
    Object attribute(String name) {
        if (SECURITY_CONTEXT.equals(name)) {
            return new SecurityContextImpl(authentication);
        }
        return CSRF_TOKEN.equals(name) ? csrfToken : null;
    }

    boolean isExpired(Instant now) {
        return !maxInactiveInterval.isNegative() && now.minus(maxInactiveInterval).isAfter(lastAccessedTime);
    }
}
