package io.quire.recommendation;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.quire.account.QuireUser;
import io.quire.shared.Pages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/recommendations}: the batch recompute's progress (stored in the database, so every instance
 * shows the same) with a button to start it, and click-through per slot.
 */
@Controller
@RequestMapping("/admin/recommendations")
class RecommendationAdminController {

    private final RecommendationAdmin admin;

    RecommendationAdminController(RecommendationAdmin admin) {
        this.admin = admin;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal QuireUser user, HtmxRequest htmx, Model model) {
        model.addAttribute("job", admin.latestJob(user.id()).orElse(null));
        model.addAttribute("slots", admin.clickThrough(user.id()));
        model.addAttribute("statsDays", RecommendationAdmin.STATS_DAYS);
        return Pages.pageOrFragment(htmx, "recommendation/admin", "job-progress");
    }

    @PostMapping("/recompute")
    String recompute(@AuthenticationPrincipal QuireUser user, HtmxRequest htmx, Model model,
            RedirectAttributes flash) {
        RecomputeJobView job = admin.recomputeAll(user.id());
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            model.addAttribute("job", job);
            model.addAttribute("notice", "recommendation.admin.started");
            return "recommendation/admin :: job-progress";
        }
        flash.addFlashAttribute("notice", "recommendation.admin.started");
        return "redirect:/admin/recommendations#job-progress";
    }
}
