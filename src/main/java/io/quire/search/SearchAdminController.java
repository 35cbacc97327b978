package io.quire.search;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.quire.account.QuireUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/search}: how complete the search index is, and the button that brings it up to date. */
@Controller
@RequestMapping("/admin/search")
class SearchAdminController {

    static final String PAGE = "search/admin";

    private final SearchIndexing indexing;

    SearchAdminController(SearchIndexing indexing) {
        this.indexing = indexing;
    }

    @GetMapping
    String status(Model model) {
        model.addAttribute("status", indexing.status());
        return PAGE;
    }

    @PostMapping("/reindex")
    String reindex(@AuthenticationPrincipal QuireUser admin, HtmxRequest htmx, Model model,
            RedirectAttributes flash) {
        SearchIndexing.Reindexed done = indexing.reindex(admin.id());
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            model.addAttribute("status", indexing.status());
            model.addAttribute("reindexed", done);
            return PAGE + " :: index-status";
        }
        flash.addFlashAttribute("reindexed", done);
        return "redirect:/admin/search#index-status";
    }
}
