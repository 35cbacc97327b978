package io.quire;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in Spring Session JDBC, behind a cookie, not in MockMvc's mock session: tests carry the
 * cookie from one request to the next as a browser would.
 */
public final class Sessions {

    public static final String COOKIE = "QUIRE_SESSION";

    private Sessions() {
    }

    public static Cookie cookie(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie(COOKIE);
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }
}
