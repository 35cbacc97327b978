package io.quire.comment;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quire.IntegrationTest;
import io.quire.TestMembers;
import io.quire.TestMembers.Created;
import io.quire.account.MemberService;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleRef;
import io.quire.article.PublishedArticles;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class CommentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Value("${quire.comment.per-minute}")
    int perMinute;

    @Autowired
    TestMembers members;

    @Autowired
    PublishedArticles articles;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    MemberService memberService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    Created author;
    Created ada;
    ArticleRef article;

    @BeforeEach
    void publishAnArticle() {
        author = members.member();
        ada = members.member();
        article = articles.publishBy(author.id());
    }

    @Test
    void anonymousReadersSeeCommentsAndALinkToLogInAndComeBack() throws Exception {
        long id = postAs(ada, "Readers **see** this.", null);
        mvc.perform(get(article.path()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"comments\""),
                        containsString("id=\"comment-" + id + "\""), containsString("Readers <strong>see</strong> this."),
                        containsString("href=\"/login?next=/articles/" + article.slug() + "%23comments\""),
                        not(containsString("id=\"comment-form\"")))));
    }

    @Test
    void aMemberPostsACommentWithoutJavaScriptAndLandsOnItsAnchor() throws Exception {
        var result = mvc.perform(comment(ada, "First!").param("token", UUID.randomUUID().toString()))
                .andExpect(redirectedUrlPattern("/articles/" + article.slug() + "#comment-*"))
                .andReturn();
        long id = idIn(result.getResponse().getRedirectedUrl());
        assertThat(catalog.findPublishedPage(article.slug()).orElseThrow().commentCount()).isEqualTo(1);
        mvc.perform(get(article.path()).with(members.as(ada)))
                .andExpect(content().string(allOf(containsString("id=\"comment-" + id + "\""),
                        containsString("id=\"comment-form\""), containsString("1 comment"))));
        assertThat(events.stream(CommentPosted.class)).containsExactly(
                new CommentPosted(id, article.id(), ada.id(), null, null, author.id()));
    }

    @Test
    void withHtmxAPostAnswersAFreshFormAndTheNewCommentOutOfBand() throws Exception {
        String token = UUID.randomUUID().toString();
        mvc.perform(comment(ada, "Swapped in").param("token", token).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"comment-form\""),
                        not(containsString("value=\"" + token + "\"")), not(containsString("<html")),
                        containsString("hx-swap-oob=\"beforeend:#comment-list\""), containsString("Swapped in"))));
    }

    @Test
    void anEmptyCommentComesBackWithAMessageNextToTheField() throws Exception {
        mvc.perform(comment(ada, "   ").param("token", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"comment-body-error\""),
                        containsString("Write something before posting."), containsString("<html"))));
        mvc.perform(comment(ada, "").param("token", UUID.randomUUID().toString()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Write something before posting."),
                        not(containsString("<html")))));
        assertThat(countComments()).isZero();
    }

    @Test
    void tenThousandCharactersAreAcceptedAndOneMoreIsNotWithTheTextKept() throws Exception {
        String longest = "a".repeat(10_000);
        mvc.perform(comment(ada, longest + "b").param("token", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("at most 10,000 characters"),
                        containsString(longest + "b</textarea>"))));
        mvc.perform(comment(ada, longest).param("token", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(countComments()).isEqualTo(1);
    }

    @Test
    void theSixthCommentInAMinuteIsRefusedWithTheTextKept() throws Exception {
        for (int i = 1; i <= perMinute; i++) {
            postAs(ada, "Comment number " + i, null);
        }
        mvc.perform(comment(ada, "One too many").param("token", UUID.randomUUID().toString()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("You can post 5 comments a minute"),
                        containsString("One too many</textarea>"), containsString("aria-invalid=\"true\""))));
        assertThat(countComments()).isEqualTo(perMinute);
    }

    @Test
    void postingTheSameFormTwiceMakesOneComment() throws Exception {
        String token = UUID.randomUUID().toString();
        String first = mvc.perform(comment(ada, "Double click").param("token", token))
                .andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(comment(ada, "Double click").param("token", token))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        assertThat(countComments()).isEqualTo(1);
        assertThat(catalog.findPublishedPage(article.slug()).orElseThrow().commentCount()).isEqualTo(1);
        mvc.perform(comment(ada, "Double click").param("token", token).header("HX-Request", "true"))
                .andExpect(content().string(not(containsString("hx-swap-oob"))));
    }

    @Test
    void aPostWithoutACsrfTokenIsRefused() throws Exception {
        mvc.perform(post(article.path() + "/comments").with(members.as(ada)).param("body", "No token"))
                .andExpect(status().isForbidden());
        assertThat(countComments()).isZero();
    }

    @Test
    void anAnonymousPostGoesToTheLoginPage() throws Exception {
        mvc.perform(post(article.path() + "/comments").with(csrf()).param("body", "Who am I")
                        .header("Referer", "http://localhost" + article.path()))
                .andExpect(redirectedUrl("/login?next=%2Farticles%2F" + article.slug()));
        assertThat(countComments()).isZero();
    }

    @Test
    void aReplyToAReplyJoinsTheThreadAndNamesWhoWasRepliedTo() throws Exception {
        Created bob = members.member();
        long top = postAs(ada, "Top", null);
        long reply = postAs(bob, "Reply", top);
        long replyToReply = postAs(author, "Reply to the reply", reply);
        assertThat(jdbc.sql("select parent_id from comment where id = ?").param(replyToReply).query(Long.class).single())
                .isEqualTo(top);
        assertThat(jdbc.sql("select reply_count from comment where id = ?").param(top).query(Integer.class).single())
                .isEqualTo(2);
        assertThat(events.stream(CommentPosted.class)).contains(
                new CommentPosted(replyToReply, article.id(), author.id(), top, bob.id(), author.id()));
        mvc.perform(get(article.path()))
                .andExpect(content().string(allOf(containsString("id=\"replies-" + top + "\""),
                        containsString("id=\"comment-" + replyToReply + "\""))));
    }

    @Test
    void theAuthorEditsTheirCommentInPlaceAndItIsMarkedEdited() throws Exception {
        long id = postAs(ada, "Typo hre", null);
        mvc.perform(get("/comments/" + id + "/edit").with(members.as(ada)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"comment-main-" + id + "\""),
                        containsString("Typo hre</textarea>"), not(containsString("<html")))));
        mvc.perform(get("/comments/" + id + "/edit").with(members.as(ada)))
                .andExpect(content().string(allOf(containsString("<html"), containsString("Typo hre</textarea>"))));
        mvc.perform(post("/comments/" + id + "/edit").with(members.as(ada)).with(csrf()).param("body", "Typo here")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Typo here"), containsString("edited"))));
        mvc.perform(post("/comments/" + id + "/edit").with(members.as(ada)).with(csrf()).param("body", "Again"))
                .andExpect(redirectedUrl(article.path() + "#comment-" + id));
        mvc.perform(post("/comments/" + id + "/edit").with(members.as(ada)).with(csrf()).param("body", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write something before posting.")));
        mvc.perform(post("/comments/" + id + "/edit").with(members.as(ada)).with(csrf()).param("body", "e".repeat(10_001))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("at most 10,000 characters"),
                        containsString("e".repeat(10_001) + "</textarea>"))));
    }

    @Test
    void nobodyEditsOrDeletesAnotherMembersCommentByChangingTheId() throws Exception {
        Created mallory = members.member();
        long id = postAs(ada, "Mine", null);
        mvc.perform(get("/comments/" + id + "/edit").with(members.as(mallory))).andExpect(status().isForbidden());
        mvc.perform(post("/comments/" + id + "/edit").with(members.as(mallory)).with(csrf()).param("body", "Yours now"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/comments/" + id + "/delete").with(members.as(mallory)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/comments/" + id + "/hide").with(members.as(mallory)).with(csrf()).param("reason", "Mine"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/comments/" + id + "/edit")).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.sql("select body_markdown from comment where id = ?").param(id).query(String.class).single())
                .isEqualTo("Mine");
    }

    @Test
    void aDeletedCommentWithRepliesStaysAsAPlaceholderAndWithoutRepliesDisappears() throws Exception {
        long kept = postAs(ada, "Has a reply", null);
        long reply = postAs(author, "The reply", kept);
        long gone = postAs(ada, "Alone", null);
        mvc.perform(post("/comments/" + kept + "/delete").with(members.as(ada)).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("HX-Retarget", "#comment-main-" + kept))
                .andExpect(content().string(containsString("[deleted]")));
        mvc.perform(post("/comments/" + gone + "/delete").with(members.as(ada)).with(csrf()))
                .andExpect(redirectedUrl(article.path() + "#comments"));
        mvc.perform(get(article.path()))
                .andExpect(content().string(allOf(containsString("id=\"comment-" + kept + "\""),
                        containsString("[deleted]"), not(containsString("Has a reply")),
                        containsString("id=\"comment-" + reply + "\""), not(containsString("id=\"comment-" + gone + "\"")))));
        assertThat(catalog.findPublishedPage(article.slug()).orElseThrow().commentCount()).isEqualTo(1);
        mvc.perform(post("/comments/" + reply + "/delete").with(members.as(author)).with(csrf()).header("HX-Request", "true"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("HX-Retarget", "#comment-" + kept))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("HX-Reswap", "delete"));
        mvc.perform(get(article.path())).andExpect(content().string(not(containsString("id=\"comment-" + kept + "\""))));
    }

    @Test
    void moderatorsHideWithAReasonThatIsLoggedAndOnlyModeratorsStillSeeTheText() throws Exception {
        Created moderator = members.moderator();
        long id = postAs(ada, "Buy cheap watches", null);
        mvc.perform(post("/comments/" + id + "/hide").with(members.as(moderator)).with(csrf()).param("reason", " ")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give a reason")));
        mvc.perform(post("/comments/" + id + "/hide").with(members.as(moderator)).with(csrf()).param("reason", "Spam"))
                .andExpect(redirectedUrl(article.path() + "#comment-" + id));
        mvc.perform(get(article.path()).with(members.as(ada)))
                .andExpect(content().string(allOf(containsString("Hidden by a moderator."),
                        not(containsString("Buy cheap watches")))));
        mvc.perform(get(article.path()).with(members.as(moderator)))
                .andExpect(content().string(allOf(containsString("Hidden by a moderator"),
                        containsString("Buy cheap watches"))));
        mvc.perform(get("/comments/" + id + "/moderate").with(members.as(moderator)))
                .andExpect(content().string(allOf(containsString("Spam"), containsString("Hidden"))));
        mvc.perform(get("/comments/" + id + "/moderate").with(members.as(ada))).andExpect(status().isForbidden());
        mvc.perform(post("/comments/" + id + "/edit").with(members.as(ada)).with(csrf()).param("body", "Innocent now"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("can no longer be edited")));
        mvc.perform(post("/comments/" + id + "/unhide").with(members.as(moderator)).with(csrf()).param("reason", "Not spam")
                        .header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("Buy cheap watches"), not(containsString("<html")))));
        assertThat(jdbc.sql("select action from comment_moderation_log where comment_id = ? order by id").param(id)
                .query(String.class).list()).containsExactly("HIDE", "UNHIDE");
    }

    @Test
    void aSuspendedMemberCannotPostAndIsToldWhy() throws Exception {
        memberService.suspend(ada.id(), java.time.Instant.now().plusSeconds(3600), "Flooding threads");
        mvc.perform(comment(ada, "Let me in").param("token", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("suspended"), containsString("Flooding threads"),
                        containsString("Let me in</textarea>"))));
        assertThat(countComments()).isZero();
    }

    @Test
    void moreThanTwentyThreadsLoadPageByPageWithARealLinkThatHtmxAppends() throws Exception {
        for (int i = 1; i <= 21; i++) {
            insertComment(members.member(), "Thread " + i);
        }
        mvc.perform(get(article.path()))
                .andExpect(content().string(allOf(containsString("Thread 20"), not(containsString("Thread 21<")),
                        containsString("href=\"/articles/" + article.slug() + "/comments?page=2&amp;sort=oldest\""))));
        mvc.perform(get(article.path() + "/comments").param("page", "2").param("sort", "oldest")
                        .header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("hx-swap-oob=\"beforeend:#comment-list\""),
                        containsString("Thread 21"), not(containsString("Thread 20<")),
                        containsString("id=\"comments-more\""), not(containsString("page=3")))));
        mvc.perform(get(article.path() + "/comments").param("page", "2"))
                .andExpect(content().string(allOf(containsString("<html"), containsString("Thread 21"))));
        mvc.perform(get(article.path() + "/comments").param("sort", "newest").header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("id=\"comments\""), containsString("Thread 21"),
                        not(containsString("Thread 1<")))));
    }

    private long postAs(Created member, String body, Long replyTo) throws Exception {
        MockHttpServletRequestBuilder request = comment(member, body).param("token", UUID.randomUUID().toString());
        if (replyTo != null) {
            request.param("replyTo", replyTo.toString());
        }
        return idIn(mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl());
    }

    /** Straight into the table, so that many members can comment without tripping the rate limit. */
    private void insertComment(Created member, String text) {
        jdbc.sql("""
                insert into comment (article_id, author_id, status, body_markdown, body_html, idempotency_key, created_at)
                values (?, ?, 'VISIBLE', ?, ?, ?, utc_timestamp(6))""")
                .params(article.id(), member.id(), text, "<p>" + text + "</p>", UUID.randomUUID().toString()).update();
    }

    private MockHttpServletRequestBuilder comment(Created member, String body) {
        return post(article.path() + "/comments").with(members.as(member)).with(csrf()).param("body", body);
    }

    private long countComments() {
        return jdbc.sql("select count(*) from comment where article_id = ?").param(article.id()).query(Long.class).single();
    }

    private static long idIn(String url) {
        Matcher m = Pattern.compile("#comment-(\\d+)").matcher(url);
        assertThat(m.find()).as("comment anchor in " + url).isTrue();
        return Long.parseLong(m.group(1));
    }
}
