package io.quire.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * A request whose CSRF token is a mark, for rendering HTML that is kept and shown to several members: each one's
 * own token replaces the mark when it is sent ({@link MemberPageSlots#csrfTokenMark()}).
 */
final class MarkedCsrfTokenRequest extends HttpServletRequestWrapper {

    private final CsrfToken marked;

    MarkedCsrfTokenRequest(HttpServletRequest request, CsrfToken token, String mark) {
        super(request);
        this.marked = new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), mark);
    }

    @Override
    public Object getAttribute(String name) {
        Object value = super.getAttribute(name);
        return value instanceof CsrfToken ? marked : value;
    }
}
