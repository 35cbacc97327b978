package io.quire.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a visitor types to create an account. The password's strength is checked by {@link PasswordPolicy}
 * in the service, because it depends on the username.
 */
record RegistrationForm(
        @NotBlank(message = "{username.required}")
        @Size(min = 3, max = 32, message = "{username.size}")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]*", message = "{username.pattern}")
        String username,

        @NotBlank(message = "{email.required}")
        @Size(max = 254, message = "{email.size}")
        @Email(message = "{email.invalid}")
        String email,

        @NotBlank(message = "{password.required}")
        String password) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "");
    }
}
