package io.quire.site;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import io.quire.IntegrationTest;
import io.quire.TestMembers;
import io.quire.TestMembers.Created;
import io.quire.article.ArticleRef;
import io.quire.article.PublishedArticles;
import io.quire.comment.CommentService;
import io.quire.reaction.LikeService;
import io.quire.reaction.ReadingLists;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reading page's SQL budget for engagement: one statement for comments with their replies for everyone,
 * one more for a member's own likes and save, however many comments, replies and likes there are.
 */
@IntegrationTest
class ArticlePageStatementsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StatementCounter counter;

    @Autowired
    TestMembers members;

    @Autowired
    PublishedArticles articles;

    @Autowired
    CommentService comments;

    @Autowired
    LikeService likes;

    @Autowired
    ReadingLists readingLists;

    @Autowired
    PageCache pageCache;

    @Test
    void commentsRepliesLikesAndSavesCostOneStatementForReadersAndOneMoreForMembers() throws Exception {
        ArticleRef article = articles.publish();
        Created ada = members.member();
        for (int i = 0; i < 3; i++) {
            Created commenter = members.member();
            long top = comments.post(article.slug(), commenter.id(), "Thread " + i, null, UUID.randomUUID().toString())
                    .comment().id();
            comments.post(article.slug(), ada.id(), "Reply " + i, top, UUID.randomUUID().toString());
            likes.likeComment(top, ada.id(), true);
        }
        likes.likeArticle(article.slug(), ada.id(), true);
        readingLists.save(article.slug(), ada.id(), null, null);

        List<String> anonymous = measure(() -> mvc.perform(get(article.path())).andExpect(status().isOk()));
        var asAda = members.as(ada);
        List<String> member = measure(() -> mvc.perform(get(article.path()).with(asAda)).andExpect(status().isOk()));

        assertThat(engagement(anonymous)).as("engagement statements for a reader").hasSize(1);
        assertThat(engagement(member)).as("engagement statements for a member").hasSize(2);
        assertThat(withoutSession(member).size() - withoutSession(anonymous).size())
                .as("a member's extra statements: %s%nversus a reader's: %s", member, anonymous).isEqualTo(1);
    }

    private static final Pattern ENGAGEMENT_TABLES = Pattern.compile(
            "(?i)\\b(from|join)\\s+(comment|comment_like|article_like|saved_item|reading_list|notification)\\b");

    /**
     * Second of two visits, so that caches (names, categories, unread counts) are warm as in steady use, but
     * rendered again: a page served from the page cache costs no statement at all (PageCacheIntegrationTests).
     */
    private List<String> measure(StatementCounter.Work visit) throws Exception {
        visit.run();
        pageCache.clear();
        return counter.record(visit);
    }

    private static List<String> engagement(List<String> statements) {
        return statements.stream().filter(s -> ENGAGEMENT_TABLES.matcher(s).find()).toList();
    }

    private static List<String> withoutSession(List<String> statements) {
        return statements.stream().filter(s -> !s.toUpperCase(Locale.ROOT).contains("SPRING_SESSION")).toList();
    }
}
