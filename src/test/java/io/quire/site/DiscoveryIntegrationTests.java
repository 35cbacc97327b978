package io.quire.site;

import io.quire.IntegrationTest;
import io.quire.TestArticles;
import io.quire.article.ArticleRef;
import io.quire.article.CategoryView;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DiscoveryIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArticles articles;

    @Test
    void theHomePageListsTheLatestArticlesAndTheCategoryTree() throws Exception {
        CategoryView category = articles.category();
        ArticleRef article = articles.published("Home page headline", category, "Homely");
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(article.path())))
                .andExpect(content().string(containsString("/categories/" + category.slug())));
    }

    @Test
    void categoryAndTagPagesListTheirArticlesWithRealPaginationLinks() throws Exception {
        CategoryView category = articles.category();
        ArticleRef article = articles.published("Filed under a category", category, "Rare Tag Zeta");
        mvc.perform(get("/categories/{s}", category.slug()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(article.path())));
        mvc.perform(get("/tags/rare-tag-zeta"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(article.path())))
                .andExpect(content().string(containsString("Articles tagged Rare Tag Zeta")));
        mvc.perform(get("/tags/no-such-tag-anywhere")).andExpect(status().isNotFound());
        mvc.perform(get("/categories/no-such-category")).andExpect(status().isNotFound());
    }

    @Test
    void experienceListingsOnlyExistForExperienceKinds() throws Exception {
        mvc.perform(get("/experiences/interview")).andExpect(status().isOk());
        mvc.perform(get("/experiences/interview").param("year", "2026").param("outcome", "SELECTED"))
                .andExpect(status().isOk());
        mvc.perform(get("/experiences/tutorial")).andExpect(status().isNotFound());
    }

    @Test
    void feedsAndSitemapsListPublishedArticles() throws Exception {
        CategoryView category = articles.category();
        ArticleRef article = articles.published("Syndicated & <escaped>", category, "Feeds");
        mvc.perform(get("/feed.xml"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/atom+xml")))
                .andExpect(content().string(containsString("Syndicated &amp; &lt;escaped&gt;")))
                .andExpect(content().string(not(containsString("<escaped>"))));
        mvc.perform(get("/categories/{s}/feed.xml", category.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString(article.path())));
        mvc.perform(get("/tags/feeds/feed.xml")).andExpect(status().isOk());
        String index = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/sitemap-1.xml"))).andReturn().getResponse()
                .getContentAsString();
        StringBuilder all = new StringBuilder();
        for (int n = 1; index.contains("/sitemap-" + n + ".xml"); n++) {
            all.append(mvc.perform(get("/sitemap-" + n + ".xml")).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString());
        }
        org.assertj.core.api.Assertions.assertThat(all.toString()).contains(article.path());
        mvc.perform(get("/robots.txt")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sitemap: ")));
    }
}
