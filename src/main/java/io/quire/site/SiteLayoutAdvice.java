package io.quire.site;

import java.util.List;
import java.util.Map;

import io.quire.account.QuireUser;
import io.quire.article.Categories;
import io.quire.article.CategoryView;
import io.quire.moderation.ItemKind;
import io.quire.moderation.ModerationNavigation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout shows on every page besides the page itself: the category navigation (cached, no query)
 * and, for moderators only, the number of open queue items per kind (one query).
 */
@ControllerAdvice
class SiteLayoutAdvice {

    private final Categories categories;
    private final ModerationNavigation moderation;

    SiteLayoutAdvice(Categories categories, ModerationNavigation moderation) {
        this.categories = categories;
        this.moderation = moderation;
    }

    @ModelAttribute("navCategories")
    List<CategoryView> navCategories() {
        return categories.topLevel();
    }

    @ModelAttribute("moderationCounts")
    Map<ItemKind, Long> moderationCounts(@AuthenticationPrincipal QuireUser user) {
        return user == null ? null : moderation.countsFor(user);
    }
}
