package io.quire.account;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import io.quire.IntegrationTest;
import io.quire.Sessions;
import io.quire.TestMembers;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    FilterChainProxy securityFilters;

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-eval"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                .andExpect(header().exists("X-Request-Id"));
    }

    @Test
    void anonymousPagesDoNotCreateASession() throws Exception {
        mvc.perform(get("/")).andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void logsInWithTheRightPasswordAndChangesTheSessionId() throws Exception {
        TestMembers.Created ada = members.member();
        Cookie before = Sessions.cookie(mvc.perform(get("/login")).andReturn());
        var result = mvc.perform(post("/login").cookie(before).with(csrf())
                        .param("username", ada.username()).param("password", TestMembers.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        Cookie after = Sessions.cookie(result);
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        mvc.perform(get("/me/settings").cookie(after)).andExpect(status().isOk());
        mvc.perform(get("/me/settings").cookie(before)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void returnsToTheLocalPageNamedInNextAfterLogin() throws Exception {
        TestMembers.Created ada = members.member();
        mvc.perform(post("/login").with(csrf()).param("username", ada.username())
                        .param("password", TestMembers.PASSWORD).param("next", "/articles/x#comments"))
                .andExpect(redirectedUrl("/articles/x#comments"));
    }

    @Test
    void ignoresAnOffSiteNextAfterLogin() throws Exception {
        TestMembers.Created ada = members.member();
        mvc.perform(post("/login").with(csrf()).param("username", ada.username())
                        .param("password", TestMembers.PASSWORD).param("next", "//evil.example/x"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordGoesBackToTheFormWithTheUsernameKept() throws Exception {
        TestMembers.Created ada = members.member();
        loginPageAfter(post("/login").with(csrf()).param("username", ada.username()).param("password", "wrong one"))
                .andExpect(content().string(containsString("do not match")))
                .andExpect(content().string(containsString("value=\"" + ada.username() + "\"")));
    }

    @Test
    void throttlesAnAccountAfterRepeatedFailuresEvenWithTheRightPassword() throws Exception {
        TestMembers.Created target = members.member();
        for (int i = 0; i < 5; i++) {
            loginPageAfter(post("/login").with(csrf()).param("username", target.username()).param("password", "guess" + i))
                    .andExpect(content().string(containsString("do not match")));
        }
        loginPageAfter(post("/login").with(csrf()).param("username", target.username())
                        .param("password", TestMembers.PASSWORD))
                .andExpect(content().string(containsString("Too many failed attempts")));
    }

    @Test
    void aLoginWithoutACsrfTokenIsRefused() throws Exception {
        TestMembers.Created ada = members.member();
        mvc.perform(post("/login").param("username", ada.username()).param("password", TestMembers.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void logoutIsAPostAndAGetDoesNotLogOut() throws Exception {
        TestMembers.Created ada = members.member();
        mvc.perform(get("/logout").with(members.as(ada))).andExpect(status().isNotFound());
        mvc.perform(post("/logout").with(members.as(ada)).with(csrf()))
                .andExpect(redirectedUrl("/?loggedOut"));
    }

    @Test
    void aSuspendedMemberCannotLogInAndIsToldWhy() throws Exception {
        TestMembers.Created troll = members.member();
        memberService.suspend(troll.id(), java.time.Instant.now().plusSeconds(3600), "Repeated spam");
        loginPageAfter(post("/login").with(csrf()).param("username", troll.username())
                        .param("password", TestMembers.PASSWORD))
                .andExpect(content().string(containsString("Repeated spam")));
    }

    @Autowired
    MemberService memberService;

    /** Performs a login attempt, checks it went back to the form, and follows the redirect as a browser would. */
    private ResultActions loginPageAfter(MockHttpServletRequestBuilder attempt) throws Exception {
        MvcResult failed = mvc.perform(attempt).andExpect(redirectedUrl("/login")).andReturn();
        return mvc.perform(get("/login").cookie(Sessions.cookie(failed))).andExpect(status().isOk());
    }

    @Test
    void actuatorHealthIsPublicButMetricsNeedAnAdmin() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/prometheus").with(members.as(members.member()))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(members.as(members.admin()))).andExpect(status().isOk());
    }

    @Test
    void theSecurityFiltersAreNotWrappedInObservations() throws Exception {
        List<String> callers = new ArrayList<>();
        securityFilters.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
                (request, response) -> StackWalker.getInstance().forEach(frame -> callers.add(frame.getClassName())));
        assertThat(callers).contains(FilterChainProxy.class.getName())
                .noneMatch(caller -> caller.contains("Observation"));
    }
}
