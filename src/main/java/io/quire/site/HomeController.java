package io.quire.site;

import java.time.Duration;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.quire.article.ArticleCatalog;
import io.quire.article.Categories;
import io.quire.article.CategoryView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: latest articles, the week's most liked, the category tree and popular tags. */
@Controller
class HomeController {

    private final ArticleCatalog catalog;
    private final Categories categories;
    private final ListingModel listings;

    HomeController(ArticleCatalog catalog, Categories categories, ListingModel listings) {
        this.catalog = catalog;
        this.categories = categories;
        this.listings = listings;
    }

    /** A top-level category with its subcategories, for the home page's category tree. */
    record CategoryNode(CategoryView category, List<CategoryView> children) {
    }

    @GetMapping("/")
    String home(@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        listings.addArticles(model, catalog.latest(page), "/");
        model.addAttribute("mostLiked", catalog.mostLikedSince(Duration.ofDays(7), 5));
        model.addAttribute("popularTags", catalog.popularTags(15));
        model.addAttribute("categoryTree", categories.topLevel().stream()
                .map(top -> new CategoryNode(top, categories.childrenOf(top.id()))).toList());
        PageCaching.allow(request, PageCaching.LISTINGS);
        return "site/home";
    }
}
