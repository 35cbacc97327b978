package io.quire.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The forms on the settings page; each is posted on its own. */
final class SettingsForms {

    private SettingsForms() {
    }

    record PasswordForm(
            @NotBlank(message = "{password.current-required}") String currentPassword,
            @NotBlank(message = "{password.required}") String newPassword) {
    }

    record EmailForm(
            @NotBlank(message = "{email.required}") @Size(max = 254, message = "{email.size}")
            @Email(message = "{email.invalid}") String email,
            @NotBlank(message = "{password.current-required}") String password) {
    }

    record ProfileForm(
            @NotBlank(message = "{display-name.required}") @Size(max = 80, message = "{display-name.size}")
            String displayName,
            @Size(max = 500, message = "{bio.size}") String bio) {
    }
}
