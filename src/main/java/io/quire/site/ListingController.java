package io.quire.site;

import jakarta.servlet.http.HttpServletRequest;

import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleCatalog.ExperienceFilter;
import io.quire.article.ArticleKind;
import io.quire.article.Categories;
import io.quire.article.CategoryView;
import io.quire.article.ExperienceOutcome;
import io.quire.article.TagView;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** Category, tag and experience listings: paginated with real links, experiences filtered by facets. */
@Controller
class ListingController {

    private final ArticleCatalog catalog;
    private final Categories categories;
    private final ListingModel listings;

    ListingController(ArticleCatalog catalog, Categories categories, ListingModel listings) {
        this.catalog = catalog;
        this.categories = categories;
        this.listings = listings;
    }

    @GetMapping("/categories/{slug}")
    String category(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Model model,
            HttpServletRequest request) {
        CategoryView category = categories.findBySlug(slug).orElseThrow(ListingController::notFound);
        model.addAttribute("category", category);
        model.addAttribute("breadcrumb", categories.path(category.id()));
        model.addAttribute("subcategories", categories.childrenOf(category.id()));
        listings.addArticles(model, catalog.inCategory(category.id(), page), "/categories/" + slug);
        PageCaching.allow(request, PageCaching.LISTINGS);
        return "site/category";
    }

    @GetMapping("/tags/{slug}")
    String tag(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Model model) {
        TagView tag = catalog.findTag(slug).orElseThrow(ListingController::notFound);
        model.addAttribute("tag", tag);
        listings.addArticles(model, catalog.withTag(slug, page), "/tags/" + slug);
        return "site/tag";
    }

    @GetMapping("/experiences/{kind}")
    String experiences(@PathVariable String kind, @RequestParam(required = false) String company,
            @RequestParam(required = false) String role, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) ExperienceOutcome outcome, @RequestParam(defaultValue = "0") int page,
            Model model) {
        ArticleKind articleKind = ArticleKind.fromSlug(kind).filter(ArticleKind::isExperience)
                .orElseThrow(ListingController::notFound);
        ExperienceFilter filter = new ExperienceFilter(blankToNull(company), blankToNull(role), year, outcome);
        model.addAttribute("kind", articleKind);
        model.addAttribute("filter", filter);
        model.addAttribute("facets", catalog.facets(articleKind));
        model.addAttribute("outcomes", ExperienceOutcome.values());
        model.addAttribute("experienceKinds", java.util.Arrays.stream(ArticleKind.values())
                .filter(ArticleKind::isExperience).toList());
        String base = UriComponentsBuilder.fromPath("/experiences/" + kind)
                .queryParamIfPresent("company", java.util.Optional.ofNullable(filter.company()))
                .queryParamIfPresent("role", java.util.Optional.ofNullable(filter.role()))
                .queryParamIfPresent("year", java.util.Optional.ofNullable(year))
                .queryParamIfPresent("outcome", java.util.Optional.ofNullable(outcome))
                .encode().build().toUriString();
        listings.addArticles(model, catalog.experiences(articleKind, filter, page), base);
        return "site/experiences";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
