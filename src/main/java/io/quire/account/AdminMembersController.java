package io.quire.account;

import java.util.NoSuchElementException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/members}: admins find members, change roles, and read the role-change log. */
@Controller
@RequestMapping("/admin/members")
class AdminMembersController {

    private final MemberService members;

    AdminMembersController(MemberService members) {
        this.members = members;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("members", members.list(q, page));
        model.addAttribute("roles", Role.values());
        model.addAttribute("changes", members.roleChanges(0));
        return "admin/members";
    }

    @PostMapping("/{id}/role")
    String changeRole(@AuthenticationPrincipal QuireUser admin, @PathVariable long id, @RequestParam Role role,
            RedirectAttributes flash) {
        try {
            members.changeRole(admin.id(), id, role);
            flash.addFlashAttribute("notice", "admin.role-changed");
        }
        catch (NoSuchElementException missing) {
            flash.addFlashAttribute("alert", "admin.member-missing");
        }
        return "redirect:/admin/members";
    }
}
