package io.quire.site;

import java.util.List;

import io.quire.article.Categories;
import io.quire.article.CategoryView;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout shows on every page besides the page itself: the category navigation. */
@ControllerAdvice
class SiteLayoutAdvice {

    private final Categories categories;

    SiteLayoutAdvice(Categories categories) {
        this.categories = categories;
    }

    @ModelAttribute("navCategories")
    List<CategoryView> navCategories() {
        return categories.topLevel();
    }
}
