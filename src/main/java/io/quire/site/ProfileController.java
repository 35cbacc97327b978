package io.quire.site;

import io.quire.account.MemberService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** {@code /u/{username}}: a member's public profile. */
@Controller
class ProfileController {

    private final MemberService members;

    ProfileController(MemberService members) {
        this.members = members;
    }

    @GetMapping("/u/{username}")
    String profile(@PathVariable String username, Model model) {
        model.addAttribute("profile", members.findProfile(username)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "site/profile";
    }
}
