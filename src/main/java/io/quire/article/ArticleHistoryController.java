package io.quire.article;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.quire.account.MemberDirectory;
import io.quire.account.QuireUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Revision history, diffs between any two revisions, and restoring an old revision (moderators). */
@Controller
class ArticleHistoryController {

    private final ArticleCatalog catalog;
    private final ArticleRevisions revisions;
    private final MemberDirectory members;

    ArticleHistoryController(ArticleCatalog catalog, ArticleRevisions revisions, MemberDirectory members) {
        this.catalog = catalog;
        this.revisions = revisions;
        this.members = members;
    }

    @GetMapping("/articles/{slug}/history")
    String history(@PathVariable String slug, Model model) {
        ArticleRef article = published(slug);
        List<RevisionView> history = revisions.history(article.id());
        Set<Long> people = new HashSet<>();
        history.forEach(r -> {
            people.add(r.editorId());
            if (r.creditedId() != null) {
                people.add(r.creditedId());
            }
        });
        model.addAttribute("article", article);
        model.addAttribute("revisions", history);
        model.addAttribute("members", members.findAll(people));
        return "article/history";
    }

    @GetMapping("/articles/{slug}/diff")
    String diff(@PathVariable String slug, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, @RequestParam(defaultValue = "split") String view,
            Model model) {
        ArticleRef article = published(slug);
        int toNumber = to == null ? article.currentRevision() : to;
        int fromNumber = from == null ? Math.max(1, toNumber - 1) : from;
        RevisionView older = revisions.revision(article.id(), fromNumber)
                .orElseThrow(() -> new ArticleNotFoundException(slug + " revision " + fromNumber));
        RevisionView newer = revisions.revision(article.id(), toNumber)
                .orElseThrow(() -> new ArticleNotFoundException(slug + " revision " + toNumber));
        model.addAttribute("article", article);
        model.addAttribute("from", older);
        model.addAttribute("to", newer);
        model.addAttribute("titleDiff", TextDiff.between(older.title(), newer.title()));
        model.addAttribute("diff", TextDiff.between(older.markdown(), newer.markdown()));
        model.addAttribute("view", "inline".equals(view) ? "inline" : "split");
        model.addAttribute("numbers", revisions.history(article.id()).stream().map(RevisionView::number).toList());
        return "article/diff";
    }

    @PostMapping("/articles/{slug}/restore")
    String restore(@AuthenticationPrincipal QuireUser user, @PathVariable String slug, @RequestParam int revision,
            RedirectAttributes flash) {
        revisions.restore(slug, revision, user.id());
        flash.addFlashAttribute("notice", "article.restored");
        return "redirect:/articles/" + slug + "/history";
    }

    @PostMapping("/articles/{slug}/rename")
    String rename(@AuthenticationPrincipal QuireUser user, @PathVariable String slug, @RequestParam String newSlug,
            RedirectAttributes flash) {
        String renamed = revisions.rename(slug, newSlug, user.id());
        flash.addFlashAttribute("notice", "article.renamed");
        return "redirect:/articles/" + renamed + "/history";
    }

    private ArticleRef published(String slug) {
        return catalog.findRef(slug).filter(ArticleRef::isPublished)
                .orElseThrow(() -> new ArticleNotFoundException(slug));
    }
}
