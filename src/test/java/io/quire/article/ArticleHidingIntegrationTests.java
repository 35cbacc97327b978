package io.quire.article;

import java.util.List;

import io.quire.IntegrationTest;
import io.quire.TestMembers;
import io.quire.TestMembers.Created;
import io.quire.recommendation.Poll;
import io.quire.recommendation.SampleTexts;
import io.quire.search.ArticleSearch;
import io.quire.search.SearchRequest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
class ArticleHidingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleFixtures articles;

    @Autowired
    TestMembers members;

    @Autowired
    ArticleModeration moderation;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    ArticleRevisions revisions;

    @Autowired
    ArticleSearch search;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hidingTakesTheArticleOutOfEveryPublicPlaceAndRestoringBringsItBack() throws Exception {
        String word = uniqueWord();
        String tag = "hiding " + word;
        Created author = members.member();
        CategoryView java = articles.category("Java");
        ArticleRef hidden = articles.published().by(author.id()).in(java)
                .titled("Filter, map and collect with Java streams " + word).tagged("java, streams, " + tag)
                .body(SampleTexts.STREAMS).publish();
        ArticleRef next = articles.published().in(java).titled("Grouping Java streams with collectors")
                .tagged("java, streams, collectors, " + tag).body(SampleTexts.COLLECTORS).publish();
        String tagSlug = Slugs.of(tag, TagNames.MAX_LENGTH);
        Poll.until("the article to be searchable", () -> searchHits(word) == 1);
        Poll.until("the next article to list it as a similar read", () -> relatedIds(next.id()).contains(hidden.id()));
        mvc.perform(get(next.path())).andExpect(content().string(containsString(hidden.path())));

        Created moderator = members.moderator();
        moderation.hide(hidden.id(), moderator.id(), "Copied from a paid course");

        mvc.perform(get(hidden.path())).andExpect(status().isGone())
                .andExpect(content().string(allOf(containsString("This article was removed by the moderators"),
                        not(containsString("Copied from a paid course")))));
        mvc.perform(get(hidden.path()).with(members.as(members.member()))).andExpect(status().isGone());
        mvc.perform(get(hidden.path()).with(members.as(author))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("This article is hidden"),
                        containsString("Copied from a paid course"), not(containsString("Restore the article")))));
        mvc.perform(get(hidden.path()).with(members.as(members.moderator()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("This article is hidden"),
                        containsString("Restore the article"))));
        for (String place : List.of("/", "/categories/" + java.slug(), "/tags/" + tagSlug, "/u/" + author.username(),
                "/feed.xml", "/categories/" + java.slug() + "/feed.xml", next.path())) {
            mvc.perform(get(place)).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(hidden.path()))));
        }
        assertThat(sitemap()).doesNotContain(hidden.path()).contains(next.path());
        assertThat(catalog.findTag(tagSlug).orElseThrow().articleCount()).isEqualTo(1);
        assertThat(catalog.summaries(List.of(hidden.id()))).isEmpty();
        Poll.until("the search document to be dropped", () -> searchHits(word) == 0);
        Poll.until("similar reads to forget it", () -> !relatedIds(next.id()).contains(hidden.id())
                && relatedIds(hidden.id()).isEmpty());
        Poll.until("the author to hear why", () -> notifications(author, "ARTICLE_HIDDEN") == 1);
        assertThat(jdbc.sql("SELECT detail FROM notification WHERE recipient_id = ? AND kind = 'ARTICLE_HIDDEN'")
                .param(author.id()).query(String.class).single()).isEqualTo("Copied from a paid course");

        mvc.perform(post(hidden.path() + "/unhide").param("reason", "The author showed their licence")
                        .with(members.as(moderator)).with(csrf()))
                .andExpect(redirectedUrl(hidden.path()));

        mvc.perform(get(hidden.path())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("This article is hidden"))));
        assertThat(sitemap()).contains(hidden.path());
        assertThat(catalog.findTag(tagSlug).orElseThrow().articleCount()).isEqualTo(2);
        Poll.until("the article to be searchable again", () -> searchHits(word) == 1);
        Poll.until("similar reads to list it again", () -> relatedIds(next.id()).contains(hidden.id()));
        Poll.until("the author to hear it is back", () -> notifications(author, "ARTICLE_RESTORED") == 1);
        assertThat(notifications(author, "ARTICLE_PUBLISHED")).as("no second 'your article is published'")
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT action FROM article_visibility_change WHERE article_id = ? ORDER BY id")
                .param(hidden.id()).query(String.class).list()).containsExactly("HIDDEN", "RESTORED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article_revision WHERE article_id = ?").param(hidden.id())
                .query(Long.class).single()).as("revisions untouched").isEqualTo(1L);
    }

    @Test
    void onlyModeratorsHideAndRestoreWithAReasonAndATokenAndNotTheirOwn() throws Exception {
        Created author = members.member();
        ArticleRef article = articles.published().by(author.id()).body(SampleTexts.TOMATOES).publish();
        Created moderator = members.moderator();

        assertThatThrownBy(() -> moderation.hide(article.id(), author.id(), "Mine"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.hide(article.id(), moderator.id(), "  "))
                .isInstanceOf(IllegalArgumentException.class);
        Created writingModerator = members.moderator();
        ArticleRef own = articles.published().by(writingModerator.id()).body(SampleTexts.TOMATOES).publish();
        assertThatThrownBy(() -> moderation.hide(own.id(), writingModerator.id(), "Mine"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.restore(article.id(), moderator.id(), "Not hidden"))
                .isInstanceOf(ArticleStateException.class);

        String path = "/articles/" + revisions.rename(article.slug(), "renamed " + article.slug(), moderator.id());
        mvc.perform(get(article.path())).andExpect(status().isMovedPermanently());
        moderation.hide(article.id(), moderator.id(), "Off topic");
        mvc.perform(get(article.path())).andExpect(status().isNotFound()); // the old slug no longer leads to it
        mvc.perform(get(path)).andExpect(status().isGone());
        assertThatThrownBy(() -> moderation.hide(article.id(), members.moderator().id(), "Again"))
                .isInstanceOf(ArticleStateException.class);

        String unhide = path + "/unhide";
        mvc.perform(post(unhide).param("reason", "fine").with(members.as(members.member())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(unhide).param("reason", "fine").with(members.as(author)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(unhide).param("reason", "fine").with(csrf())).andExpect(redirectedUrl("/login"));
        mvc.perform(post(unhide).param("reason", "fine").with(members.as(moderator)))
                .andExpect(status().isForbidden());
        mvc.perform(post(unhide).param("reason", " ").with(members.as(moderator)).with(csrf()))
                .andExpect(redirectedUrl(path));
        assertThat(catalog.findRef(article.id()).orElseThrow().status()).isEqualTo(ArticleStatus.HIDDEN);

        mvc.perform(post(unhide).param("reason", "Reconsidered").with(members.as(moderator)).with(csrf()))
                .andExpect(redirectedUrl(path));
        assertThat(catalog.findRef(article.id()).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
        mvc.perform(get(article.path())).andExpect(status().isMovedPermanently());
    }

    private long searchHits(String word) {
        return search.search(SearchRequest.of(word)).hits().totalItems();
    }

    private List<Long> relatedIds(long articleId) {
        return jdbc.sql("SELECT related_id FROM related_article WHERE article_id = ?").param(articleId)
                .query(Long.class).list();
    }

    private long notifications(Created member, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND kind = ?").param(member.id())
                .param(kind).query(Long.class).single();
    }

    private String sitemap() throws Exception {
        String index = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
        StringBuilder all = new StringBuilder();
        for (int n = 1; index.contains("/sitemap-" + n + ".xml"); n++) {
            all.append(mvc.perform(get("/sitemap-" + n + ".xml")).andReturn().getResponse().getContentAsString());
        }
        return all.toString();
    }

    /** A word no other article contains, letters only so that FULLTEXT takes it as one word. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("hidq");
        for (long n = System.nanoTime(); n > 0; n /= 26) {
            word.append((char) ('a' + n % 26));
        }
        return word.toString();
    }
}
