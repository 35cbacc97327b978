package io.quire.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wraps Spring Session's filter in the request's memory of found sessions ({@link TouchLimitedSessionRepository}),
 * so that its check at the end of the request reuses the session read at the start: one session query per request
 * instead of two. It also tells the repository whether this request may use a session kept from an earlier one
 * ({@link OwnWrites}).
 */
@Component
class SessionLookupScope extends OncePerRequestFilter implements Ordered {

    @Override
    public int getOrder() {
        return SessionRepositoryFilter.DEFAULT_ORDER - 1;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object outer = TouchLimitedSessionRepository.startRemembering(OwnWrites.keptStateValidAfter(request));
        try {
            chain.doFilter(request, response);
        }
        finally {
            TouchLimitedSessionRepository.stopRemembering(outer);
        }
    }
}
