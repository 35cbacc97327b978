package io.quire.reaction;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quire.IntegrationTest;
import io.quire.TestMembers;
import io.quire.TestMembers.Created;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleRef;
import io.quire.article.PublishedArticles;
import io.quire.comment.CommentService;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts stay exact when many members like and unlike at once: the counter always equals the rows, and both
 * equal what the members' last actions say.
 */
@IntegrationTest
class LikeConcurrencyTests {

    @Autowired
    LikeService likes;

    @Autowired
    CommentService comments;

    @Autowired
    TestMembers members;

    @Autowired
    PublishedArticles articles;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aThousandLikesAndUnlikesFromAHundredMembersLeaveTheExactCount() throws Exception {
        ArticleRef article = articles.publish();
        List<Created> crowd = crowd(100);
        // Each member acts in order, all members at once: even members toggle ten times (not liking in the
        // end), odd members toggle nine times and then like explicitly (liking in the end).
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < crowd.size(); i++) {
            Created member = crowd.get(i);
            boolean endsLiking = i % 2 == 1;
            work.add(() -> {
                for (int n = 1; n <= 10; n++) {
                    likes.likeArticle(article.slug(), member.id(), endsLiking && n == 10 ? Boolean.TRUE : null);
                }
                return null;
            });
        }
        runAll(work, 32);
        assertThat(articleLikes(article)).isEqualTo(50);
        assertThat(likeRows("article_like", "article_id", article.id())).isEqualTo(50);

        // Now everybody likes, five times each, all requests at once: liking is idempotent.
        List<Callable<Void>> burst = new ArrayList<>();
        for (Created member : crowd) {
            for (int n = 0; n < 5; n++) {
                burst.add(() -> {
                    likes.likeArticle(article.slug(), member.id(), true);
                    return null;
                });
            }
        }
        runAll(burst, 32);
        assertThat(articleLikes(article)).isEqualTo(100);
        assertThat(likeRows("article_like", "article_id", article.id())).isEqualTo(100);
    }

    @Test
    void concurrentCommentLikesLeaveTheExactCount() throws Exception {
        ArticleRef article = articles.publish();
        long comment = comments.post(article.slug(), members.member().id(), "Popular", null,
                UUID.randomUUID().toString()).comment().id();
        List<Created> crowd = crowd(40);
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < crowd.size(); i++) {
            Created member = crowd.get(i);
            int toggles = 5 + i % 2;
            work.add(() -> {
                for (int n = 0; n < toggles; n++) {
                    likes.likeComment(comment, member.id(), null);
                }
                return null;
            });
        }
        runAll(work, 16);
        // Five toggles leave a like, six take it back: half of the crowd likes the comment in the end.
        assertThat(likeRows("comment_like", "comment_id", comment)).isEqualTo(20);
        assertThat(jdbc.sql("select like_count from comment where id = ?").param(comment).query(Integer.class).single())
                .isEqualTo(20);
    }

    @Test
    void likesOverRealHttpFromManySessionsAtOnceCountExactly() throws Exception {
        ArticleRef article = articles.publish();
        List<Created> crowd = crowd(12);
        List<Session> sessions = new ArrayList<>();
        for (Created member : crowd) {
            sessions.add(Session.logIn(port, member));
        }
        String path = "/articles/" + article.slug() + "/like";
        List<Callable<Void>> burst = new ArrayList<>();
        for (Session session : sessions) {
            for (int n = 0; n < 4; n++) {
                burst.add(() -> {
                    assertThat(session.post(path, "liked=true")).isEqualTo(302);
                    return null;
                });
            }
        }
        runAll(burst, 16);
        assertThat(articleLikes(article)).isEqualTo(12);

        List<Callable<Void>> toggles = new ArrayList<>();
        for (Session session : sessions) {
            toggles.add(() -> {
                for (int n = 0; n < 3; n++) {
                    assertThat(session.post(path, "")).isEqualTo(302);
                }
                return null;
            });
        }
        runAll(toggles, 16);
        assertThat(articleLikes(article)).isZero();
        assertThat(likeRows("article_like", "article_id", article.id())).isZero();
    }

    private List<Created> crowd(int size) {
        List<Created> crowd = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            crowd.add(members.member());
        }
        return crowd;
    }

    private int articleLikes(ArticleRef article) {
        return catalog.findPublishedPage(article.slug()).orElseThrow().likeCount();
    }

    private long likeRows(String table, String column, long id) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(id)
                .query(Long.class).single();
    }

    private static void runAll(List<Callable<Void>> work, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> results = pool.invokeAll(work);
            for (Future<Void> result : results) {
                result.get();
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** A browser-like HTTP session: cookies, and the CSRF token from the last page read. */
    private record Session(HttpClient client, String base, String csrf) {

        private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private static final Pattern META_TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

        static Session logIn(int port, Created member) throws Exception {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String base = "http://localhost:" + port;
            String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            HttpResponse<String> loggedIn = client.send(form(base + "/login", "username=" + member.username()
                    + "&password=" + URLEncoder.encode(TestMembers.PASSWORD, StandardCharsets.UTF_8)
                    + "&_csrf=" + token(FORM_TOKEN, login)), HttpResponse.BodyHandlers.ofString());
            assertThat(loggedIn.statusCode()).isEqualTo(302);
            String home = client.send(HttpRequest.newBuilder(URI.create(base + "/me/saved")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return new Session(client, base, token(META_TOKEN, home));
        }

        int post(String path, String body) throws Exception {
            String withToken = (body.isEmpty() ? "" : body + "&") + "_csrf=" + csrf;
            return client.send(form(base + path, withToken), HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        private static HttpRequest form(String url, String body) {
            return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }

        private static String token(Pattern pattern, String html) {
            Matcher m = pattern.matcher(html);
            assertThat(m.find()).as("CSRF token in page").isTrue();
            return m.group(1);
        }
    }
}
