package io.quire.shared;

import java.util.List;

import jakarta.servlet.http.Cookie;

import io.quire.IntegrationTest;
import io.quire.Sessions;
import io.quire.TestMembers;
import io.quire.site.StatementCounter;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** ADR 0012: a member's session is kept between their reads, never past their own writes or a logout here. */
@IntegrationTest
class KeptSessionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    StatementCounter counter;

    @Test
    void aMemberReadingPageAfterPageIsNotReadFromTheDatabaseEachTime() throws Exception {
        Cookie session = logIn();
        // The first page after login stores the session's CSRF token; the next is read and kept.
        mvc.perform(get("/me/settings").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/me/settings").cookie(session)).andExpect(status().isOk());

        List<String> statements = counter.record(
                () -> mvc.perform(get("/me/settings").cookie(session)).andExpect(status().isOk()));

        assertThat(statements).noneMatch(sql -> sql.contains("SPRING_SESSION"));
    }

    @Test
    void afterAWriteTheBrowserCarriesItsTimeAndItsNextReadsGoToTheDatabase() throws Exception {
        Cookie session = logIn();
        mvc.perform(get("/me/settings").cookie(session)).andExpect(status().isOk());
        MvcResult write = mvc.perform(post("/me/notifications/read-all").cookie(session).with(csrf())).andReturn();
        Cookie wrote = write.getResponse().getCookie(OwnWrites.COOKIE);
        assertThat(wrote).as("the write's time").isNotNull();
        assertThat(wrote.isHttpOnly()).isTrue();

        List<String> statements = counter.record(
                () -> mvc.perform(get("/me/settings").cookie(session, wrote)).andExpect(status().isOk()));

        assertThat(statements).anyMatch(sql -> sql.contains("SPRING_SESSION"));
    }

    @Test
    void aSessionLoggedOutHereIsNotAnsweredFromMemory() throws Exception {
        Cookie session = logIn();
        mvc.perform(get("/me/settings").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/me/settings").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());

        // Without the write cookie, as someone holding a copy of the session id would send it.
        mvc.perform(get("/me/settings").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    private Cookie logIn() throws Exception {
        TestMembers.Created member = members.member();
        Cookie before = Sessions.cookie(mvc.perform(get("/login")).andReturn());
        return Sessions.cookie(mvc.perform(post("/login").cookie(before).with(csrf())
                .param("username", member.username()).param("password", TestMembers.PASSWORD)).andReturn());
    }
}
