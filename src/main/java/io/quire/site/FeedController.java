package io.quire.site;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.quire.account.MemberDirectory;
import io.quire.account.MemberSummary;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleSummary;
import io.quire.article.Categories;
import io.quire.article.CategoryView;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/** Atom feeds of the latest articles: site-wide, per category and per tag. */
@RestController
class FeedController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final ArticleCatalog catalog;
    private final Categories categories;
    private final MemberDirectory members;
    private final SiteLinks links;

    FeedController(ArticleCatalog catalog, Categories categories, MemberDirectory members, SiteLinks links) {
        this.catalog = catalog;
        this.categories = categories;
        this.members = members;
        this.links = links;
    }

    @GetMapping("/feed.xml")
    ResponseEntity<String> site() {
        return atom("Quire", "/", "/feed.xml", catalog.latest(0).items());
    }

    @GetMapping("/categories/{slug}/feed.xml")
    ResponseEntity<String> category(@PathVariable String slug) {
        CategoryView category = categories.findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return atom("Quire · " + category.name(), "/categories/" + slug, "/categories/" + slug + "/feed.xml",
                catalog.inCategory(category.id(), 0).items());
    }

    @GetMapping("/tags/{slug}/feed.xml")
    ResponseEntity<String> tag(@PathVariable String slug) {
        var tag = catalog.findTag(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return atom("Quire · " + tag.name(), "/tags/" + slug, "/tags/" + slug + "/feed.xml",
                catalog.withTag(slug, 0).items());
    }

    private ResponseEntity<String> atom(String title, String page, String self, List<ArticleSummary> articles) {
        Instant updated = articles.stream().map(ArticleSummary::updatedAt).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        var authors = members.findAll(articles.stream().map(ArticleSummary::authorId).toList());
        StringBuilder xml = new StringBuilder(8192)
                .append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("<title>").append(x(title)).append("</title>\n")
                .append("<id>").append(x(links.absolute(self))).append("</id>\n")
                .append("<link rel=\"alternate\" href=\"").append(x(links.absolute(page))).append("\"/>\n")
                .append("<link rel=\"self\" href=\"").append(x(links.absolute(self))).append("\"/>\n")
                .append("<updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n");
        for (ArticleSummary article : articles) {
            MemberSummary author = authors.get(article.authorId());
            xml.append("<entry>\n<title>").append(x(article.title())).append("</title>\n")
                    .append("<id>").append(x(links.absolute(article.path()))).append("</id>\n")
                    .append("<link rel=\"alternate\" href=\"").append(x(links.absolute(article.path()))).append("\"/>\n")
                    .append("<published>").append(DateTimeFormatter.ISO_INSTANT.format(article.publishedAt()))
                    .append("</published>\n<updated>").append(DateTimeFormatter.ISO_INSTANT.format(article.updatedAt()))
                    .append("</updated>\n<author><name>").append(x(author == null ? "Quire" : author.displayName()))
                    .append("</name></author>\n<summary>").append(x(article.excerpt())).append("</summary>\n</entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
    }

    private static String x(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
