package io.quire.reaction;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

import io.quire.IntegrationTest;
import io.quire.SqlStatementCounter;
import io.quire.TestMembers;
import io.quire.TestMembers.Created;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleRef;
import io.quire.article.PublishedArticles;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class LikeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    PublishedArticles articles;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    LikeService likes;

    Created ada;
    ArticleRef article;

    @BeforeEach
    void publishAnArticle() {
        ada = members.member();
        article = articles.publish();
    }

    @Test
    void likingWithoutJavaScriptGoesBackToTheButtonAndCountsOnce() throws Exception {
        mvc.perform(like(ada).param("liked", "true")).andExpect(redirectedUrl(article.path() + "#like-button"));
        mvc.perform(like(ada).param("liked", "true")).andExpect(redirectedUrl(article.path() + "#like-button"));
        assertThat(likeCount()).isEqualTo(1);
        mvc.perform(get(article.path()).with(members.as(ada)))
                .andExpect(content().string(allOf(containsString("id=\"like-button\""),
                        containsString("aria-pressed=\"true\""), containsString("name=\"liked\" value=\"false\""))));
        mvc.perform(like(ada).param("liked", "false"));
        mvc.perform(like(ada).param("liked", "false"));
        assertThat(likeCount()).isZero();
        mvc.perform(like(ada));
        assertThat(likeCount()).isEqualTo(1);
        assertThat(events.stream(ArticleLiked.class)).containsExactly(new ArticleLiked(article.id(), ada.id()),
                new ArticleLiked(article.id(), ada.id()));
        assertThat(events.stream(ArticleUnliked.class)).containsExactly(new ArticleUnliked(article.id(), ada.id()));
    }

    @Test
    void withHtmxTheButtonComesBackWithTheNewCount() throws Exception {
        mvc.perform(like(members.member()).param("liked", "true"));
        mvc.perform(like(ada).param("liked", "true").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"like-button\""), not(containsString("<html")),
                        containsString("<span class=\"count\">2</span>"), containsString("aria-pressed=\"true\""))));
    }

    @Test
    void anonymousReadersGetALinkToLogInInsteadOfTheButton() throws Exception {
        mvc.perform(get(article.path()))
                .andExpect(content().string(allOf(
                        containsString("href=\"/login?next=/articles/" + article.slug() + "%23like-button\""),
                        containsString("href=\"/login?next=/articles/" + article.slug() + "%23save-button\""),
                        not(containsString("action=\"/articles/" + article.slug() + "/like\"")))));
        mvc.perform(post(article.path() + "/like").with(csrf()).header("Referer", "http://localhost" + article.path()))
                .andExpect(redirectedUrl("/login?next=%2Farticles%2F" + article.slug()));
        assertThat(likeCount()).isZero();
    }

    @Test
    void aLikeWithoutACsrfTokenIsRefused() throws Exception {
        mvc.perform(post(article.path() + "/like").with(members.as(ada))).andExpect(status().isForbidden());
        assertThat(likeCount()).isZero();
    }

    @Test
    void anUnknownOrUnpublishedArticleCannotBeLiked() throws Exception {
        mvc.perform(post("/articles/no-such-article/like").with(members.as(ada)).with(csrf()))
                .andExpect(status().isNotFound());
        String draft = articles.submitBy(ada.id());
        mvc.perform(post("/articles/" + draft + "/like").with(members.as(ada)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void commentLikesCountOnTheCommentAndShowOnThePage() throws Exception {
        long comment = comment(ada, "Like me");
        Created bob = members.member();
        mvc.perform(post("/comments/" + comment + "/like").with(members.as(bob)).with(csrf()).param("liked", "true")
                        .header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("id=\"comment-like-" + comment + "\""),
                        containsString("<span class=\"count\">1</span>"), not(containsString("<html")))));
        mvc.perform(post("/comments/" + comment + "/like").with(members.as(bob)).with(csrf()).param("liked", "true"))
                .andExpect(redirectedUrl(article.path() + "#comment-" + comment));
        assertThat(jdbc.sql("select like_count from comment where id = ?").param(comment).query(Integer.class).single())
                .isEqualTo(1);
        mvc.perform(get(article.path()).with(members.as(bob)))
                .andExpect(content().string(containsString("action=\"/comments/" + comment + "/like\"")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"liked\" value=\"false\">")));
        mvc.perform(post("/comments/" + comment + "/like").with(members.as(bob)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select like_count from comment where id = ?").param(comment).query(Integer.class).single())
                .isZero();
    }

    /**
     * A like reads the article's reference, not its texts (Markdown, HTML, plain text: most of the row), and a toggle
     * lets its delete say whether there was a like instead of asking first.
     */
    @Test
    void aToggleReadsNoArticleTextAndAsksNothingBeforeItsWrite() throws Exception {
        List<String> liking = SqlStatementCounter.record(() -> likes.likeArticle(article.slug(), ada.id(), null));
        List<String> unliking = SqlStatementCounter.record(() -> likes.likeArticle(article.slug(), ada.id(), null));

        assertThat(likeCount()).isZero();
        assertThat(liking).filteredOn(sql -> sql.startsWith("INSERT IGNORE INTO article_like")).hasSize(1);
        assertThat(unliking).filteredOn(sql -> sql.startsWith("DELETE FROM article_like")).hasSize(1);
        assertThat(unliking).noneMatch(sql -> sql.startsWith("INSERT IGNORE INTO article_like"));
        Predicate<String> readsText = sql -> sql.contains("body_markdown") || sql.contains("html");
        Predicate<String> asksFirst = sql -> sql.toLowerCase(Locale.ROOT).startsWith("select count(*) from article_like");
        assertThat(liking).noneMatch(readsText).noneMatch(asksFirst);
        assertThat(unliking).noneMatch(readsText).noneMatch(asksFirst);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder like(Created member) {
        return post(article.path() + "/like").with(members.as(member)).with(csrf());
    }

    private int likeCount() {
        return catalog.findPublishedPage(article.slug()).orElseThrow().likeCount();
    }

    private long comment(Created member, String text) throws Exception {
        String url = mvc.perform(post(article.path() + "/comments").with(members.as(member)).with(csrf())
                        .param("body", text).param("token", UUID.randomUUID().toString()))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring(url.indexOf("#comment-") + 9));
    }
}
