package io.quire.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a login attempt before the password is checked when its account or address is throttled. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final LoginFailureHandler failureHandler;

    LoginThrottleFilter(LoginThrottle throttle, LoginFailureHandler failureHandler) {
        this.throttle = throttle;
        this.failureHandler = failureHandler;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> blocked = throttle.blockedFor(request.getParameter("username"), request.getRemoteAddr());
        if (blocked.isPresent()) {
            failureHandler.throttled(request, response, blocked.get());
            return;
        }
        chain.doFilter(request, response);
    }
}
