package io.quire.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.quire.shared.FormErrors;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-up and the login page. A new member is logged in straight away, with a new session id. */
@Controller
class RegistrationController {

    private final MemberService members;
    private final UserDetailsService userDetails;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    RegistrationController(MemberService members, UserDetailsService userDetails) {
        this.members = members;
        this.userDetails = userDetails;
    }

    @GetMapping("/login")
    String login() {
        return "account/login";
    }

    @GetMapping("/register")
    String registrationForm(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        return "account/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                members.register(form);
            }
            catch (RegistrationConflict conflict) {
                errors.rejectValue(conflict.field(), conflict.code());
            }
        }
        if (errors.hasErrors()) {
            FormErrors.keepFirstPerField(errors, model);
            return "account/register";
        }
        logIn(form.username().strip(), request, response);
        flash.addFlashAttribute("notice", "registration.welcome");
        return "redirect:/";
    }

    private void logIn(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holder.setContext(context);
        if (request.getSession(false) != null) {
            // The visitor had a session (for the CSRF token); never carry its id across a login.
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
    }
}
