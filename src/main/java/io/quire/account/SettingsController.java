package io.quire.account;

import jakarta.validation.Valid;

import io.quire.account.SettingsForms.EmailForm;
import io.quire.account.SettingsForms.PasswordForm;
import io.quire.account.SettingsForms.ProfileForm;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /me/settings}: profile, email and password of the member who is logged in, and nobody else's. */
@Controller
@RequestMapping("/me/settings")
class SettingsController {

    private final MemberService members;

    SettingsController(MemberService members) {
        this.members = members;
    }

    @GetMapping
    String settings(@AuthenticationPrincipal QuireUser user, Model model) {
        MemberService.AccountSettings current = members.settings(user.id());
        model.addAttribute("profileForm", new ProfileForm(current.displayName(), current.bio()));
        model.addAttribute("emailForm", new EmailForm(current.email(), ""));
        model.addAttribute("passwordForm", new PasswordForm("", ""));
        return "account/settings";
    }

    @PostMapping("/profile")
    String profile(@AuthenticationPrincipal QuireUser user, @Valid @ModelAttribute("profileForm") ProfileForm form,
            BindingResult errors, Model model, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return rerender(user, model, form, null, null);
        }
        members.changeProfile(user.id(), form.displayName(), form.bio());
        flash.addFlashAttribute("notice", "settings.profile-saved");
        return "redirect:/me/settings";
    }

    @PostMapping("/email")
    String email(@AuthenticationPrincipal QuireUser user, @Valid @ModelAttribute("emailForm") EmailForm form,
            BindingResult errors, Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            members.changeEmail(user.id(), form.password(), form.email())
                    .ifPresent(error -> errors.rejectValue(error.field(), error.code()));
        }
        if (errors.hasErrors()) {
            return rerender(user, model, null, form, null);
        }
        flash.addFlashAttribute("notice", "settings.email-saved");
        return "redirect:/me/settings";
    }

    @PostMapping("/password")
    String password(@AuthenticationPrincipal QuireUser user, @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors, Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            members.changePassword(user.id(), form.currentPassword(), form.newPassword())
                    .ifPresent(error -> errors.rejectValue(error.field(), error.code()));
        }
        if (errors.hasErrors()) {
            return rerender(user, model, null, null, form);
        }
        flash.addFlashAttribute("notice", "settings.password-saved");
        return "redirect:/me/settings";
    }

    /** Shows the page again with the failing form as typed and the other forms from the database. */
    private String rerender(QuireUser user, Model model, ProfileForm profile, EmailForm email, PasswordForm password) {
        MemberService.AccountSettings current = members.settings(user.id());
        if (profile == null) {
            model.addAttribute("profileForm", new ProfileForm(current.displayName(), current.bio()));
        }
        if (email == null) {
            model.addAttribute("emailForm", new EmailForm(current.email(), ""));
        }
        if (password == null) {
            model.addAttribute("passwordForm", new PasswordForm("", ""));
        }
        return "account/settings";
    }
}
