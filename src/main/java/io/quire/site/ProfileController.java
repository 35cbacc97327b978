package io.quire.site;

import io.quire.account.MemberProfile;
import io.quire.account.MemberService;
import io.quire.article.ArticleCatalog;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /u/{username}}: a member's public profile and their published articles. */
@Controller
class ProfileController {

    private final MemberService members;
    private final ArticleCatalog catalog;
    private final ListingModel listings;

    ProfileController(MemberService members, ArticleCatalog catalog, ListingModel listings) {
        this.members = members;
        this.catalog = catalog;
        this.listings = listings;
    }

    @GetMapping("/u/{username}")
    String profile(@PathVariable String username, @RequestParam(defaultValue = "0") int page, Model model) {
        MemberProfile profile = members.findProfile(username)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("profile", profile);
        listings.addArticles(model, catalog.byAuthor(profile.id(), page), "/u/" + profile.username());
        return "site/profile";
    }
}
