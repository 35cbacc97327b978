package io.quire.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;

import io.quire.IntegrationTest;
import io.quire.TestArticles;
import io.quire.TestMembers;
import io.quire.TestMembers.Created;
import io.quire.article.ArticleRef;
import io.quire.article.ArticleReviews;
import io.quire.comment.CommentService;
import io.quire.reaction.LikeService;
import io.quire.reaction.ReadingLists;
import io.quire.shared.OwnWrites;
import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A member's article page comes from the page members share: the same HTML as their own render, with their own
 * account menu, controls of each comment, CSRF token and fresh form tokens, in fewer statements; an article's author
 * gets it without the link to report the article. A page showing a comment they like, or a moderator's page, is
 * rendered for them alone.
 */
@IntegrationTest
class MemberPageIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArticles articles;

    @Autowired
    TestMembers members;

    @Autowired
    CommentService comments;

    @Autowired
    LikeService likes;

    @Autowired
    ReadingLists readingLists;

    @Autowired
    ArticleReviews reviews;

    @Autowired
    StatementCounter counter;

    @Autowired
    MeterRegistry meters;

    ArticleRef article;
    long carolsComment;
    Created ada;
    Created bob;

    @BeforeEach
    void publishWithAComment() {
        article = articles.published("Shared member pages " + UUID.randomUUID());
        Created carol = members.member();
        carolsComment = comments.post(article.slug(), carol.id(), "A comment by someone else", null,
                UUID.randomUUID().toString()).comment().id();
        ada = members.member();
        bob = members.member();
    }

    @Test
    void aSecondMemberGetsTheKeptPageWithTheirOwnMenuAndTokensInFewerStatements() throws Exception {
        MvcResult adas = view(ada);
        RequestPostProcessor asBob = members.as(bob);
        MvcResult[] bobs = new MvcResult[1];
        List<String> statements = counter.record(
                () -> bobs[0] = mvc.perform(gzipped(article.path()).with(asBob)).andReturn());
        MvcResult rendered = mvc.perform(gzipped(article.path() + "?fresh").with(members.as(bob))).andReturn();

        String adaPage = html(adas.getResponse());
        String bobPage = html(bobs[0].getResponse());
        assertThat(bobPage).contains(bob.username()).doesNotContain(ada.username());
        assertThat(adaPage).contains(ada.username()).doesNotContain(bob.username());
        assertThat(csrf(bobPage)).isEqualTo(requestToken(bobs[0])).isNotEqualTo(csrf(adaPage));
        assertThat(bobPage).as("every form carries Bob's token")
                .contains("name=\"_csrf\" value=\"" + requestToken(bobs[0]) + "\"")
                .doesNotContain("quire-csrf-");
        assertThat(formTokens(bobPage)).isNotEmpty().doesNotContainAnyElementsOf(formTokens(adaPage));
        assertThat(normalized(bobPage)).as("the kept page is what Bob's own render shows")
                .isEqualTo(normalized(html(rendered.getResponse())));
        assertThat(bobs[0].getResponse().getHeader("Cache-Control")).contains("no-store");
        // MockMvc starts a new session for each request (its CSRF token), which a browser's request would not.
        assertThat(statements.stream().filter(sql -> !sql.contains("SPRING_SESSION")))
                .as("Bob's reactions, kept for his next pages, and the unread count only, no render")
                .satisfiesExactly(sql -> assertThat(sql).contains("FROM article_like").contains("member_id = ")
                                .doesNotContain("like_count"),
                        sql -> assertThat(sql).contains("from notification"));
        List<String> next = counter.record(() -> mvc.perform(gzipped(article.path()).with(asBob)).andReturn());
        assertThat(next.stream().filter(sql -> !sql.contains("SPRING_SESSION"))).as("his next view").isEmpty();
    }

    @Test
    void clientsWithoutGzipGetTheSamePagePlain() throws Exception {
        view(ada);
        MvcResult plain = mvc.perform(get(article.path()).with(members.as(bob))).andReturn();
        MvcResult zipped = view(bob);

        assertThat(plain.getResponse().getHeader("Content-Encoding")).isNull();
        assertThat(normalized(plain.getResponse().getContentAsString(StandardCharsets.UTF_8)))
                .isEqualTo(normalized(html(zipped.getResponse())));
    }

    @Test
    void aMemberWhoLikedAndSavedTheArticleSeesBothOnTheKeptPage() throws Exception {
        String shared = html(view(ada).getResponse());
        likes.likeArticle(article.slug(), bob.id(), true);
        readingLists.save(article.slug(), bob.id(), null, null);

        // His browser carries the time of his last write, which is newer than the kept page (ADR 0012).
        Cookie wrote = new Cookie(OwnWrites.COOKIE, Long.toString(System.currentTimeMillis()));
        MvcResult bobs = mvc.perform(gzipped(article.path()).with(members.as(bob)).cookie(wrote)).andReturn();
        MvcResult rendered = mvc.perform(gzipped(article.path() + "?fresh").with(members.as(bob))).andReturn();

        assertThat(shared).contains("class=\"like-button\" aria-pressed=\"false\"");
        assertThat(html(bobs.getResponse())).contains("class=\"like-button\" aria-pressed=\"true\"")
                .contains("class=\"save-button\" aria-pressed=\"true\"");
        assertThat(normalized(html(bobs.getResponse()))).isEqualTo(normalized(html(rendered.getResponse())));
    }

    @Test
    void reactionsKeptForAMemberAreForgottenWhenTheyChangeOnThisInstance() throws Exception {
        view(ada);
        assertThat(html(view(bob).getResponse())).contains("class=\"like-button\" aria-pressed=\"false\"");

        likes.likeArticle(article.slug(), bob.id(), true);

        assertThat(html(view(bob).getResponse())).contains("class=\"like-button\" aria-pressed=\"true\"");
    }

    @Test
    void aMemberWhoLikedACommentShownGetsTheirOwnRender() throws Exception {
        String shared = html(view(ada).getResponse());
        likes.likeComment(carolsComment, bob.id(), true);

        String bobs = html(view(bob).getResponse());

        assertThat(shared).doesNotContain("aria-pressed=\"true\"");
        assertThat(bobs).contains("id=\"comment-like-" + carolsComment + "\"")
                .contains("aria-pressed=\"true\"");
    }

    @Test
    void aMemberWhoseCommentIsShownGetsTheKeptPageWithTheirControlsOnIt() throws Exception {
        long bobsComment = comments.post(article.slug(), bob.id(), "Bob was here", null,
                UUID.randomUUID().toString()).comment().id();
        String adas = html(view(ada).getResponse());
        double servedBefore = served();

        MvcResult bobs = view(bob);
        MvcResult rendered = mvc.perform(gzipped(article.path() + "?fresh").with(members.as(bob))).andReturn();

        assertThat(served()).as("Bob's view came from the kept page").isEqualTo(servedBefore + 1);
        assertThat(adas).contains("Bob was here").contains("/comments/" + bobsComment + "/report\"")
                .doesNotContain("/edit\"").doesNotContain("/delete\"");
        String bobPage = html(bobs.getResponse());
        assertThat(bobPage).contains("href=\"/comments/" + bobsComment + "/edit\"")
                .contains("action=\"/comments/" + bobsComment + "/delete\"")
                .doesNotContain("/comments/" + bobsComment + "/report\"")
                .contains("href=\"/comments/" + carolsComment + "/report\"")
                .doesNotContain("/comments/" + carolsComment + "/edit\"")
                .contains("name=\"_csrf\" value=\"" + requestToken(bobs) + "\"")
                .doesNotContain("quire-comment-controls").doesNotContain("9223372036854775807");
        assertThat(normalized(bobPage)).as("the kept page is what Bob's own render shows")
                .isEqualTo(normalized(html(rendered.getResponse())));
    }

    @Test
    void theMemberWhosePageIsKeptGetsTheirControlsToo() throws Exception {
        long adasComment = comments.post(article.slug(), ada.id(), "Ada's note", null,
                UUID.randomUUID().toString()).comment().id();

        String adas = html(view(ada).getResponse());
        String bobs = html(view(bob).getResponse());

        assertThat(adas).contains("href=\"/comments/" + adasComment + "/edit\"")
                .doesNotContain("/comments/" + adasComment + "/report\"").doesNotContain("quire-comment-controls");
        assertThat(bobs).contains("href=\"/comments/" + adasComment + "/report\"").doesNotContain("/edit\"");
    }

    @Test
    void theKeptPageShowsANewCommentOnTheNextView() throws Exception {
        view(ada);
        Created dan = members.member();
        comments.post(article.slug(), dan.id(), "Fresh words from Dan", null, UUID.randomUUID().toString());

        assertThat(html(view(bob).getResponse())).contains("Fresh words from Dan");
    }

    @Test
    void theAuthorGetsTheKeptPageWithoutTheLinkToReportTheirArticle() throws Exception {
        TestArticles.Submitted draft = articles.submitted("Kept for its author too " + UUID.randomUUID(),
                articles.category(), "Testing");
        ArticleRef own = reviews.publish(draft.slug(), members.moderator().id(), null);
        String bobs = html(mvc.perform(gzipped(own.path()).with(members.as(bob))).andReturn().getResponse());
        double before = served();

        MvcResult authors = mvc.perform(gzipped(own.path()).with(members.as(draft.author()))).andReturn();

        assertThat(served()).as("the author's page came from the kept page").isEqualTo(before + 1);
        String authorsPage = html(authors.getResponse());
        assertThat(bobs).contains("href=\"" + own.path() + "/report\"");
        assertThat(authorsPage).contains(draft.author().username()).doesNotContain("/report\"")
                .doesNotContain("quire-report-article");
        MvcResult rendered = mvc.perform(gzipped(own.path() + "?fresh").with(members.as(draft.author()))).andReturn();
        // Similar Reads of an article published a moment ago are computed in the background, between the renders.
        assertThat(withoutSimilarReads(normalized(authorsPage))).as("the kept page is what the author's render shows")
                .isEqualTo(withoutSimilarReads(normalized(html(rendered.getResponse()))));
    }

    @Test
    void moderatorsAlwaysGetTheirOwnRender() throws Exception {
        view(ada);
        Created moderator = members.moderator();

        String moderators = html(view(moderator).getResponse());

        assertThat(moderators).contains("class=\"comment-moderate\"").contains(moderator.username());
        assertThat(html(view(ada).getResponse())).doesNotContain("class=\"comment-moderate\"");
    }

    private double served() {
        return meters.counter("quire.page-cache.member-pages", "outcome", "served").count();
    }

    private MvcResult view(Created member) throws Exception {
        return mvc.perform(gzipped(article.path()).with(members.as(member))).andReturn();
    }

    private static MockHttpServletRequestBuilder gzipped(String path) {
        return get(path).header("Accept-Encoding", "gzip");
    }

    private static String requestToken(MvcResult result) {
        return ((CsrfToken) result.getRequest().getAttribute(CsrfToken.class.getName())).getToken();
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a csrf-token meta tag").isTrue();
        return matcher.group(1);
    }

    private static List<String> formTokens(String html) {
        return FORM_TOKEN.matcher(html).results().map(m -> m.group(1)).toList();
    }

    /**
     * The page without what differs between two views of it by one member: CSRF and form tokens, and the
     * spaces the kept page pads the member's menu and buttons with.
     */
    private static String normalized(String html) {
        String withoutCsrf = html.replace(csrf(html), "CSRF");
        return FORM_TOKEN.matcher(withoutCsrf).replaceAll("name=\"token\" value=\"TOKEN\"").replaceAll("\\s+", " ");
    }

    private static String withoutSimilarReads(String html) {
        return html.replaceAll("<section id=\"similar-reads\".*?</section>", "").replaceAll("\\s+", " ");
    }

    private static String html(MockHttpServletResponse response) throws IOException {
        if (!"gzip".equals(response.getHeader("Content-Encoding"))) {
            return response.getContentAsString(StandardCharsets.UTF_8);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
