package io.quire.site;

import java.time.Duration;

import io.quire.article.ArticleCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: latest articles, the week's most liked, the category tree and popular tags. */
@Controller
class HomeController {

    private final ArticleCatalog catalog;
    private final ListingModel listings;

    HomeController(ArticleCatalog catalog, ListingModel listings) {
        this.catalog = catalog;
        this.listings = listings;
    }

    @GetMapping("/")
    String home(@RequestParam(defaultValue = "0") int page, Model model) {
        listings.addArticles(model, catalog.latest(page), "/");
        model.addAttribute("mostLiked", catalog.mostLikedSince(Duration.ofDays(7), 5));
        model.addAttribute("popularTags", catalog.popularTags(15));
        return "site/home";
    }
}
