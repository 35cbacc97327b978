package io.quire.site;

import java.util.HashSet;
import java.util.Set;

import io.quire.account.MemberDirectory;
import io.quire.article.ArticleSummary;
import io.quire.shared.PageView;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts a page of article summaries and their authors' names into the model for {@code site/fragments}. */
@Component
class ListingModel {

    private final MemberDirectory members;

    ListingModel(MemberDirectory members) {
        this.members = members;
    }

    void addArticles(Model model, PageView<ArticleSummary> articles, String baseUrl) {
        Set<Long> authorIds = new HashSet<>();
        articles.items().forEach(a -> authorIds.add(a.authorId()));
        model.addAttribute("articles", articles);
        model.addAttribute("authors", members.findAll(authorIds));
        model.addAttribute("pageBase", baseUrl);
    }
}
