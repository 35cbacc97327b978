package io.quire.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;

import io.quire.IntegrationTest;
import io.quire.TestArticles;
import io.quire.TestMembers;
import io.quire.TestMembers.Created;
import io.quire.article.ArticleModeration;
import io.quire.article.ArticleRef;
import io.quire.article.ArticleRevisions;
import io.quire.comment.CommentService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Anonymous article, home, category and search pages come from the page cache: the same gzipped bytes with a strong
 * entity tag, without SQL; changes show on the next view; members always get their own page.
 */
@IntegrationTest
class PageCacheIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArticles articles;

    @Autowired
    TestMembers members;

    @Autowired
    CommentService comments;

    @Autowired
    ArticleRevisions revisions;

    @Autowired
    ArticleModeration moderation;

    @Autowired
    StatementCounter counter;

    ArticleRef article;

    @BeforeEach
    void publish() {
        article = articles.published("Caching pages " + UUID.randomUUID());
    }

    @Test
    void aRepeatedAnonymousViewIsTheSameGzippedBytesServedWithoutSql() throws Exception {
        MockHttpServletResponse first = send(gzipped(article.path()));
        MockHttpServletResponse[] second = new MockHttpServletResponse[1];
        List<String> statements = counter.record(() -> second[0] = send(gzipped(article.path())));

        assertThat(statements).as("statements of a cached view").isEmpty();
        assertThat(second[0].getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
        assertThat(second[0].getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(second[0].getHeader("ETag")).matches("\"[0-9a-f]{32}-gzip\"");
        assertThat(second[0].getHeader("Last-Modified")).isNotBlank();
        assertThat(second[0].getHeader("Cache-Control")).isEqualTo("public, max-age=0, must-revalidate");
        assertThat(second[0].getHeader("Vary")).isEqualTo("Accept-Encoding, Cookie, HX-Request");
        assertThat(second[0].getHeader("Content-Security-Policy")).as("Security's headers still written").isNotBlank();
        assertThat(second[0].getHeader("Pragma")).isNull();
        assertThat(second[0].getCookies()).isEmpty();
        assertThat(gunzip(second[0])).contains(article.title()).endsWith("</html>\n");
    }

    @Test
    void clientsWithoutGzipGetThePlainHtmlOfTheSameCachedPageUnderItsOwnTag() throws Exception {
        MockHttpServletResponse zipped = send(gzipped(article.path()));
        MockHttpServletResponse plain = send(get(article.path()));

        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(gunzip(zipped));
        assertThat(plain.getContentLength()).isEqualTo(plain.getContentAsByteArray().length);
        assertThat(plain.getHeader("ETag")).isEqualTo(zipped.getHeader("ETag").replace("-gzip", ""));
    }

    @Test
    void revalidatingWithTheEntityTagIsAnsweredWith304AndNoBody() throws Exception {
        String etag = send(gzipped(article.path())).getHeader("ETag");

        MockHttpServletResponse notModified = send(gzipped(article.path()).header("If-None-Match", etag));
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getContentAsByteArray()).isEmpty();
        assertThat(notModified.getHeader("ETag")).isEqualTo(etag);

        assertThat(send(gzipped(article.path()).header("If-None-Match", "\"something-else\"")).getStatus())
                .isEqualTo(200);
        assertThat(send(get(article.path()).header("If-None-Match", etag)).getStatus())
                .as("the gzip tag does not validate the plain representation").isEqualTo(200);
    }

    @Test
    void aNewCommentARevisionAndADeletedCommentShowOnTheNextAnonymousView() throws Exception {
        assertThat(html(article.path())).doesNotContain("First to comment");

        Created reader = members.member();
        long comment = comments.post(article.slug(), reader.id(), "First to comment", null,
                UUID.randomUUID().toString()).comment().id();
        assertThat(html(article.path())).contains("First to comment");

        comments.delete(comment, reader.id());
        assertThat(html(article.path())).doesNotContain("First to comment");

        revisions.revise(article.id(), 1, "Revised title " + article.id(), "Revised.", TestArticles.body("revising"),
                members.moderator().id(), null, "revise");
        assertThat(html(article.path())).contains("Revised title " + article.id());
    }

    @Test
    void anArticleHiddenByAModeratorIsGoneAtOnceAndBackWhenRestored() throws Exception {
        assertThat(send(gzipped(article.path())).getStatus()).isEqualTo(200);
        long moderator = members.moderator().id();

        moderation.hide(article.id(), moderator, "Copied from elsewhere");
        assertThat(send(gzipped(article.path())).getStatus()).isEqualTo(410);

        moderation.restore(article.id(), moderator, "Permission granted");
        assertThat(html(article.path())).contains(article.title());
    }

    @Test
    void membersGetTheirOwnPageNeverTheCachedOneNorAnotherMembers() throws Exception {
        String anonymous = html(article.path());
        Created ada = members.member();
        Created bob = members.member();

        MockHttpServletResponse adas = send(get(article.path()).with(members.as(ada)));
        MockHttpServletResponse bobs = send(get(article.path()).with(members.as(bob)));

        assertThat(anonymous).doesNotContain("action=\"/articles/" + article.slug() + "/like\"");
        assertThat(adas.getContentAsString()).contains("action=\"/articles/" + article.slug() + "/like\"")
                .contains(ada.username());
        assertThat(bobs.getContentAsString()).contains(bob.username()).doesNotContain(ada.username());
        assertThat(adas.getHeader("ETag")).isNull();
        assertThat(adas.getHeader("Cache-Control")).contains("no-store");
        assertThat(html(article.path())).as("still the anonymous page").isEqualTo(anonymous);
    }

    @Test
    void eachColourSchemeHasItsOwnCopy() throws Exception {
        String system = html(article.path());
        String dark = send(get(article.path()).cookie(new Cookie(PageKey.SCHEME_COOKIE, "dark"))).getContentAsString();

        assertThat(system).doesNotContain("data-theme=");
        assertThat(dark).contains("data-theme=\"dark\"");
        assertThat(html(article.path())).isEqualTo(system);
    }

    @Test
    void theHomePageIsCachedUntilAnArticleIsPublished() throws Exception {
        String before = html("/");
        assertThat(html("/")).isEqualTo(before);

        ArticleRef newer = articles.published("Newest on the home page " + UUID.randomUUID());
        assertThat(html("/")).contains(newer.title());
    }

    /**
     * The index changes after the article's own commit, in the search module's transaction: the results page must
     * wait for that change, not for the publication, or a copy rendered in between would hide the article.
     */
    @Test
    void aSearchPageIsCachedPerQueryUntilTheSearchIndexChanges() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String path = "/search?q=" + word;
        ArticleRef first = articles.published("First about " + word);
        awaitUntil(() -> html(path).contains("href=\"" + first.path() + "\""));
        MockHttpServletResponse before = send(gzipped(path));
        MockHttpServletResponse[] again = new MockHttpServletResponse[1];
        List<String> statements = counter.record(() -> again[0] = send(gzipped(path)));

        assertThat(statements).as("statements of a kept results page").isEmpty();
        assertThat(again[0].getHeader("ETag")).isNotBlank().isEqualTo(before.getHeader("ETag"));

        ArticleRef second = articles.published("Second about " + word);
        awaitUntil(() -> html(path).contains("href=\"" + second.path() + "\""));
        assertThat(html(path)).contains("href=\"" + first.path() + "\"");
    }

    private static void awaitUntil(ThrowingCondition condition) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!condition.holds()) {
            assertThat(System.nanoTime()).as("waited 20 s for the search index").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @FunctionalInterface
    private interface ThrowingCondition {
        boolean holds() throws Exception;
    }

    private static MockHttpServletRequestBuilder gzipped(String path) {
        return get(path).header("Accept-Encoding", "gzip, deflate, br");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private String html(String path) throws Exception {
        return gunzip(send(gzipped(path)));
    }

    private static String gunzip(MockHttpServletResponse response) throws IOException {
        if (!"gzip".equals(response.getHeader("Content-Encoding"))) {
            return response.getContentAsString(StandardCharsets.UTF_8);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
