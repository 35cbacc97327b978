package io.quire.account;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ProductionSafetyCheckTests {

    private static final String STRONG_KEY = "f3b9c1e07a6d4c2e9b8a5d3f1e0c7b6a";

    private final MemberRepository members = mock(MemberRepository.class);

    @Test
    void refusesToStartWithTheDevelopmentRememberMeKey() {
        assertThatIllegalStateException()
                .isThrownBy(() -> check("dev-only-remember-me-key-change-me-but-long-enough", false).run(null))
                .withMessageContaining("QUIRE_REMEMBER_ME_KEY");
    }

    @Test
    void refusesToStartWithAMissingOrShortRememberMeKey() {
        assertThatIllegalStateException().isThrownBy(() -> check("", false).run(null))
                .withMessageContaining("QUIRE_REMEMBER_ME_KEY");
        assertThatIllegalStateException().isThrownBy(() -> check(STRONG_KEY.substring(1), false).run(null))
                .withMessageContaining("at least 32 characters");
    }

    @Test
    void refusesToStartWithDemoDataSwitchedOn() {
        assertThatIllegalStateException().isThrownBy(() -> check(STRONG_KEY, true).run(null))
                .withMessageContaining("quire.demo.enabled");
    }

    @Test
    void refusesToStartWhileADemoAccountExists() {
        when(members.findByUsername(anyString())).thenReturn(Optional.empty());
        when(members.findByUsername("moderator")).thenReturn(Optional.of(
                new Member("moderator", "moderator@quire.example", "{noop}x", Role.MODERATOR, Instant.EPOCH)));
        assertThatIllegalStateException().isThrownBy(() -> check(STRONG_KEY, false).run(null))
                .withMessageContaining("'moderator'");
    }

    @Test
    void startsWithAStrongKeyNoDemoDataAndRealAccountsNamedLikeDemoOnes() {
        when(members.findByUsername(anyString())).thenReturn(Optional.empty());
        when(members.findByUsername("admin")).thenReturn(Optional.of(
                new Member("admin", "admin@example.org", "{noop}x", Role.ADMIN, Instant.EPOCH)));
        assertThatCode(() -> check(STRONG_KEY, false).run(null)).doesNotThrowAnyException();
    }

    private ProductionSafetyCheck check(String rememberMeKey, boolean demoEnabled) {
        return new ProductionSafetyCheck(rememberMeKey, demoEnabled, members);
    }
}
