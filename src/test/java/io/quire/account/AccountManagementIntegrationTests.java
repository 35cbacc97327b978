package io.quire.account;

import io.quire.IntegrationTest;
import io.quire.TestMembers;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountManagementIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminChangesARoleAndTheChangeIsRecorded() throws Exception {
        TestMembers.Created admin = members.admin();
        TestMembers.Created ada = members.member();
        mvc.perform(post("/admin/members/{id}/role", ada.id()).param("role", "MODERATOR")
                        .with(members.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/members"));
        assertThat(jdbc.queryForObject("select role from member where id = ?", String.class, ada.id()))
                .isEqualTo("MODERATOR");
        assertThat(jdbc.queryForObject("select concat(old_role, '>', new_role, ':', changed_by) from member_role_change"
                + " where member_id = ?", String.class, ada.id())).isEqualTo("MEMBER>MODERATOR:" + admin.id());
        mvc.perform(get("/admin/members").param("q", ada.username()).with(members.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(admin.username() + " changed " + ada.username())));
    }

    @Test
    void membersAndModeratorsCannotChangeRoles() throws Exception {
        TestMembers.Created ada = members.member();
        for (TestMembers.Created actor : new TestMembers.Created[] {members.member(), members.moderator()}) {
            mvc.perform(post("/admin/members/{id}/role", ada.id()).param("role", "ADMIN")
                    .with(members.as(actor)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/admin/members").with(members.as(actor))).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select role from member where id = ?", String.class, ada.id()))
                .isEqualTo("MEMBER");
    }

    @Test
    void anonymousVisitorsAreSentToLogInForAdminPages() throws Exception {
        mvc.perform(get("/admin/members")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anAdminCannotChangeTheirOwnRole() throws Exception {
        TestMembers.Created admin = members.admin();
        mvc.perform(post("/admin/members/{id}/role", admin.id()).param("role", "MEMBER")
                .with(members.as(admin)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() throws Exception {
        TestMembers.Created ada = members.member();
        mvc.perform(post("/me/settings/password").with(members.as(ada)).with(csrf())
                        .param("currentPassword", "not it").param("newPassword", "another long secret"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.current-wrong"));
        mvc.perform(post("/me/settings/password").with(members.as(ada)).with(csrf())
                        .param("currentPassword", TestMembers.PASSWORD).param("newPassword", "another long secret"))
                .andExpect(redirectedUrl("/me/settings"));
        mvc.perform(post("/login").with(csrf()).param("username", ada.username()).param("password", "another long secret"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void changingTheEmailToATakenOneIsRefusedAndTheTypedAddressKept() throws Exception {
        TestMembers.Created ada = members.member();
        TestMembers.Created bob = members.member();
        mvc.perform(post("/me/settings/email").with(members.as(ada)).with(csrf())
                        .param("email", bob.username() + "@test.example").param("password", TestMembers.PASSWORD))
                .andExpect(model().attributeHasFieldErrorCode("emailForm", "email", "email.taken"))
                .andExpect(content().string(containsString("value=\"" + bob.username() + "@test.example\"")));
    }

    @Test
    void theProfilePageShowsTheMemberAndAnUnknownOneIs404() throws Exception {
        TestMembers.Created ada = members.member();
        mvc.perform(get("/u/{u}", ada.username())).andExpect(status().isOk())
                .andExpect(content().string(containsString("@" + ada.username())));
        mvc.perform(get("/u/{u}", "nobody-here-at-all")).andExpect(status().isNotFound());
    }

    @Test
    void settingsNeedALogin() throws Exception {
        mvc.perform(get("/me/settings")).andExpect(redirectedUrl("/login"));
    }
}
