package io.quire.site;

import io.quire.article.ArticleCatalog;
import io.quire.article.Categories;
import io.quire.article.CategoryView;
import io.quire.shared.PageView;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /sitemap.xml} is an index of numbered sitemaps of at most {@value #PER_SITEMAP} URLs each, so that it
 * stays within the protocol's limits however many articles there are; {@code /robots.txt} points at it.
 */
@RestController
class SitemapController {

    static final int PER_SITEMAP = 10_000;

    private final ArticleCatalog catalog;
    private final Categories categories;
    private final SiteLinks links;

    SitemapController(ArticleCatalog catalog, Categories categories, SiteLinks links) {
        this.catalog = catalog;
        this.categories = categories;
        this.links = links;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String index() {
        int pages = Math.max(1, catalog.publishedSlugs(0, PER_SITEMAP).totalPages());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 1; i <= pages; i++) {
            xml.append("<sitemap><loc>").append(links.absolute("/sitemap-" + i + ".xml")).append("</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    @GetMapping(value = "/sitemap-{number}.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap(@PathVariable int number) {
        PageView<String> slugs = catalog.publishedSlugs(Math.max(0, number - 1), PER_SITEMAP);
        if (number < 1 || (number > 1 && slugs.isEmpty())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        if (number == 1) {
            url(xml, "/");
            for (CategoryView category : categories.all()) {
                url(xml, "/categories/" + category.slug());
            }
        }
        for (String slug : slugs.items()) {
            url(xml, "/articles/" + slug);
        }
        return xml.append("</urlset>\n").toString();
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        return ResponseEntity.ok("""
                User-agent: *
                Disallow: /me/
                Disallow: /moderation
                Disallow: /admin/
                Disallow: /login
                Disallow: /register
                Disallow: /articles/new
                Disallow: /search/suggest
                Disallow: /r/
                Sitemap: %s
                """.formatted(links.absolute("/sitemap.xml")));
    }

    private void url(StringBuilder xml, String path) {
        xml.append("<url><loc>").append(HtmlUtils.htmlEscape(links.absolute(path))).append("</loc></url>\n");
    }
}
