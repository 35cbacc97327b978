package io.quire.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(policy.violation("purple tractor under rain", "ada")).isEmpty();
    }

    @Test
    void refusesPasswordsShorterThanEightCharacters() {
        assertThat(policy.violation("a1b2c3d", "ada")).contains("password.too-short");
    }

    @Test
    void countsCharactersNotBytesSoEmojiPassphrasesAreMeasuredFairly() {
        assertThat(policy.violation("🦊🦊🐻🐻🐼🐼🐨🐨", "ada")).isEmpty();
    }

    @Test
    void refusesPasswordsLongerThan128Characters() {
        assertThat(policy.violation("x".repeat(60) + "y".repeat(69), "ada")).contains("password.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "PASSWORD123", "12345678", "qwertyuiop", "iloveyou"})
    void refusesCommonPasswordsWhateverTheirCase(String common) {
        assertThat(policy.violation(common, "ada")).contains("password.common");
    }

    @Test
    void refusesPasswordsThatContainTheUsername() {
        assertThat(policy.violation("my-Lovelace-rules", "lovelace")).contains("password.contains-username");
    }

    @Test
    void refusesPasswordsOfOneOrTwoRepeatedCharacters() {
        assertThat(policy.violation("abababababab", "ada")).contains("password.repetitive");
    }
}
