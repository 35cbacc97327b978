package io.quire.moderation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/audit}: everything that happened in the moderation queue, newest first. Admins only. */
@Controller
class AuditLogController {

    private final ModerationQueue queue;

    AuditLogController(ModerationQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/admin/audit")
    String auditLog(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("log", queue.auditLog(page));
        return "moderation/audit";
    }
}
