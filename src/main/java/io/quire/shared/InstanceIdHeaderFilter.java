package io.quire.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the instance that answered in an {@code X-Quire-Instance} response header, when
 * {@code QUIRE_INSTANCE_ID} is set (it is unset by default), so that an operator can see how a load
 * balancer spreads requests. The value is whatever the operator chose; it reveals nothing else.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class InstanceIdHeaderFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Quire-Instance";

    private final String instanceId;

    InstanceIdHeaderFilter(@Value("${quire.instance-id:}") String instanceId) {
        this.instanceId = instanceId.strip();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !StringUtils.hasText(instanceId);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, instanceId);
        chain.doFilter(request, response);
    }
}
