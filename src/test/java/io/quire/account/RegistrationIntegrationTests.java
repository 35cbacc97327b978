package io.quire.account;

import io.quire.IntegrationTest;
import io.quire.Sessions;
import io.quire.TestMembers;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class RegistrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers testMembers;

    private ResultActions register(String username, String email, String password) throws Exception {
        return mvc.perform(post("/register").with(csrf())
                .param("username", username).param("email", email).param("password", password));
    }

    @Test
    void registersAMemberAndLogsThemIn() throws Exception {
        String username = "newcomer" + System.nanoTime() % 100000;
        var result = register(username, username + "@example.org", "a sturdy passphrase")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        mvc.perform(get("/me/settings").cookie(Sessions.cookie(result)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(username + "@example.org")));
    }

    @Test
    void aTakenUsernameIsReportedNextToTheUsernameAndTheEmailIsKept() throws Exception {
        TestMembers.Created existing = testMembers.member();
        register(existing.username(), "someone-else@example.org", "a sturdy passphrase")
                .andExpect(status().isOk())
                .andExpect(view().name("account/register"))
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "username.taken"))
                .andExpect(content().string(containsString("That username is taken")))
                .andExpect(content().string(containsString("value=\"someone-else@example.org\"")))
                .andExpect(unauthenticated());
    }

    @Test
    void aTakenUsernameIsFoundWhateverItsCase() throws Exception {
        TestMembers.Created existing = testMembers.member();
        register(existing.username().toUpperCase(), "case" + System.nanoTime() + "@example.org", "a sturdy passphrase")
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "username.taken"));
    }

    @Test
    void aTakenEmailIsReportedNextToTheEmail() throws Exception {
        TestMembers.Created existing = testMembers.member();
        register("fresh" + System.nanoTime() % 100000, existing.username() + "@test.example", "a sturdy passphrase")
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "email.taken"));
    }

    @Test
    void aCommonPasswordIsRefusedWithItsOwnMessageAndTheOtherFieldsKept() throws Exception {
        register("ada_l", "ada.l@example.org", "password123")
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.common"))
                .andExpect(content().string(containsString("one of the most common")))
                .andExpect(content().string(containsString("value=\"ada_l\"")))
                .andExpect(content().string(containsString("value=\"ada.l@example.org\"")))
                .andExpect(content().string(not(containsString("password123"))));
    }

    @Test
    void aShortPasswordIsRefused() throws Exception {
        register("ada_s", "ada.s@example.org", "short")
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.too-short"));
    }

    @Test
    void anInvalidEmailIsRefused() throws Exception {
        register("ada_e", "not-an-email", "a sturdy passphrase")
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "Email"))
                .andExpect(content().string(containsString("does not look like an email address")));
    }

    @Test
    void emptyFieldsEachGetTheirOwnMessage() throws Exception {
        register("", "", "")
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "NotBlank"))
                .andExpect(content().string(containsString("Choose a username.")))
                .andExpect(content().string(containsString("Enter your email address.")))
                .andExpect(content().string(containsString("Choose a password.")));
    }

    @Test
    void aTenThousandCharacterUsernameGetsTheLengthMessage() throws Exception {
        register("a".repeat(10_000), "long@example.org", "a sturdy passphrase")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "Size"))
                .andExpect(content().string(containsString("A username has 3 to 32 characters.")))
                .andExpect(content().string(containsString("value=\"long@example.org\"")));
    }

    @Test
    void aUsernameWithControlCharactersGetsThePatternMessage() throws Exception {
        register("ada\u0007\u0000bell", "bell@example.org", "a sturdy passphrase")
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "Pattern"))
                .andExpect(content().string(containsString("Use only letters, digits")));
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() throws Exception {
        register("hopper", "hopper@example.org", "hopper-is-great")
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.contains-username"));
    }

    @Test
    void registrationWithoutACsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/register").param("username", "nocsrf").param("email", "n@example.org")
                        .param("password", "a sturdy passphrase"))
                .andExpect(status().isForbidden());
    }
}
