package io.quire.article;

import io.quire.IntegrationTest;
import io.quire.TestArticles;
import io.quire.TestMembers;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class ArticleLifecycleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    TestArticles testArticles;

    @Autowired
    ArticleAuthoring authoring;

    @Autowired
    ArticleReviews reviews;

    @Autowired
    ArticleRevisions revisions;

    @Autowired
    ArticleCatalog catalog;

    @Test
    void aMemberWritesSubmitsAndAModeratorPublishes() throws Exception {
        TestMembers.Created author = members.member();
        CategoryView category = testArticles.category();
        String draft = mvc.perform(post("/articles/new").param("kind", "tutorial").with(members.as(author)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(draft).matches("/articles/draft-[0-9a-f-]+/edit");
        String slug = draft.split("/")[2];

        mvc.perform(post(draft).with(members.as(author)).with(csrf()).param("action", "submit")
                        .param("title", "Tiny").param("markdown", "too short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "title", "article.title.required"))
                .andExpect(content().string(containsString("value=\"Tiny\"")))
                .andExpect(content().string(containsString("too short")));

        mvc.perform(post(draft).with(members.as(author)).with(csrf()).param("action", "submit")
                        .param("title", "Understanding lifecycles").param("summary", "How things live")
                        .param("categoryId", String.valueOf(category.id())).param("tags", "Java, Life Cycle")
                        .param("markdown", TestArticles.body("lifecycles")))
                .andExpect(redirectedUrl("/me/contributions"));
        mvc.perform(get("/me/contributions").with(members.as(author)))
                .andExpect(content().string(containsString("Waiting for review")));

        TestMembers.Created moderator = members.moderator();
        mvc.perform(get("/articles/{s}/review", slug).with(members.as(moderator))).andExpect(status().isOk());
        mvc.perform(post("/articles/{s}/review", slug).with(members.as(moderator)).with(csrf())
                        .param("decision", "publish"))
                .andExpect(redirectedUrl("/articles/understanding-lifecycles"));

        mvc.perform(get("/articles/understanding-lifecycles"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Understanding lifecycles</h1>")))
                .andExpect(content().string(containsString("href=\"/tags/life-cycle\"")))
                .andExpect(content().string(containsString("class=\"code-tabs\"")))
                .andExpect(content().string(containsString("application/ld+json")))
                .andExpect(content().string(containsString("rel=\"canonical\"")));
    }

    @Test
    void sendingBackNeedsANoteAndReturnsTheArticleToDraftWithTheNote() throws Exception {
        TestArticles.Submitted submitted = testArticles.submitted("Needs work", testArticles.category(), "Testing");
        TestMembers.Created moderator = members.moderator();
        mvc.perform(post("/articles/{s}/review", submitted.slug()).with(members.as(moderator)).with(csrf())
                        .param("decision", "send-back").param("note", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write a note")));
        mvc.perform(post("/articles/{s}/review", submitted.slug()).with(members.as(moderator)).with(csrf())
                        .param("decision", "send-back").param("note", "Add an example"))
                .andExpect(redirectedUrl("/moderation"));
        mvc.perform(get("/articles/{s}/edit", submitted.slug()).with(members.as(submitted.author())))
                .andExpect(content().string(containsString("Add an example")));
    }

    @Test
    void nobodyReviewsTheirOwnArticleAndMembersCannotReviewAtAll() throws Exception {
        TestArticles.Submitted submitted = testArticles.submitted("My own", testArticles.category(), "Testing");
        mvc.perform(get("/articles/{s}/review", submitted.slug()).with(members.as(submitted.author())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/articles/{s}/review", submitted.slug()).with(members.as(members.member())).with(csrf())
                .param("decision", "publish")).andExpect(status().isForbidden());
        TestMembers.Created moderatorAuthor = members.moderator();
        String slug = authoring.startDraft(moderatorAuthor.id(), ArticleKind.TUTORIAL);
        authoring.submit(slug, moderatorAuthor.id(), TestArticles.form("Moderator writes", testArticles.category().id(),
                "Testing", TestArticles.body("self review")));
        assertThatThrownBy(() -> reviews.publish(slug, moderatorAuthor.id(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodyEditsAnotherMembersDraftByChangingTheSlug() throws Exception {
        TestMembers.Created owner = members.member();
        String slug = authoring.startDraft(owner.id(), ArticleKind.TUTORIAL);
        TestMembers.Created intruder = members.member();
        mvc.perform(get("/articles/{s}/edit", slug).with(members.as(intruder))).andExpect(status().isForbidden());
        mvc.perform(post("/articles/{s}/edit", slug).with(members.as(intruder)).with(csrf())
                .param("title", "Hijacked")).andExpect(status().isForbidden());
        assertThat(authoring.draft(slug, owner.id()).form().title()).isEmpty();
    }

    @Test
    void anUnknownSlugIsTheNotFoundPageAndADraftIsNotReadable() throws Exception {
        mvc.perform(get("/articles/no-such-article-here")).andExpect(status().isNotFound());
        TestArticles.Submitted submitted = testArticles.submitted("Not yet public", testArticles.category(), "Testing");
        mvc.perform(get("/articles/{s}", submitted.slug())).andExpect(status().isNotFound());
    }

    @Test
    void aRenamedArticlesOldSlugAnswersWithAPermanentRedirect() throws Exception {
        ArticleRef article = testArticles.published("Old name for a page");
        String renamed = revisions.rename(article.slug(), "New name for a page", members.moderator().id());
        assertThat(renamed).isEqualTo("new-name-for-a-page");
        mvc.perform(get("/articles/{s}", article.slug()))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/articles/new-name-for-a-page"));
    }

    @Test
    void aChangeAgainstAStaleRevisionIsRefusedAndNewerWorkIsKept() {
        ArticleRef article = testArticles.published("Stale bases");
        long editor = members.moderator().id();
        int second = revisions.revise(article.id(), 1, "Stale bases", "s", TestArticles.body("second"), editor, null, "two");
        assertThat(second).isEqualTo(2);
        assertThatThrownBy(() -> revisions.revise(article.id(), 1, "Stale bases", "s", TestArticles.body("late"),
                editor, null, "late")).isInstanceOf(StaleRevisionException.class);
        assertThat(catalog.currentText(article.id()).orElseThrow().markdown()).contains("second");
    }

    @Test
    void historyListsRevisionsWithCreditAndTheDiffShowsWordLevelChanges() throws Exception {
        ArticleRef article = testArticles.published("Diffable article");
        TestMembers.Created improver = members.member();
        String changed = TestArticles.body("diffable").replace("worth learning well", "worth learning properly");
        revisions.revise(article.id(), 1, "Diffable article", "A summary", changed, members.moderator().id(),
                improver.id(), "Clearer wording");
        mvc.perform(get("/articles/{s}/history", article.slug()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Clearer wording")))
                .andExpect(content().string(containsString("Improved by")))
                .andExpect(content().string(containsString(improver.username())));
        mvc.perform(get("/articles/{s}/diff", article.slug()).param("from", "1").param("to", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<del>well</del>")))
                .andExpect(content().string(containsString("<ins>properly</ins>")));
        mvc.perform(get("/articles/{s}/diff", article.slug()).param("view", "inline"))
                .andExpect(content().string(containsString("diff-inline")));
    }

    @Test
    void aModeratorRestoresAnOldRevisionAsANewOne() throws Exception {
        ArticleRef article = testArticles.published("Restorable");
        TestMembers.Created moderator = members.moderator();
        revisions.revise(article.id(), 1, "Restorable", "s", TestArticles.body("vandalised"), moderator.id(), null, "x");
        mvc.perform(post("/articles/{s}/restore", article.slug()).param("revision", "1")
                .with(members.as(members.member())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/articles/{s}/restore", article.slug()).param("revision", "1")
                .with(members.as(moderator)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(catalog.currentText(article.id()).orElseThrow())
                .satisfies(text -> assertThat(text.revision()).isEqualTo(3))
                .satisfies(text -> assertThat(text.markdown()).contains("Restorable").doesNotContain("vandalised"));
    }

    @Test
    void theLivePreviewIsAFragmentAndRendersSafely() throws Exception {
        mvc.perform(post("/articles/preview").with(members.as(members.member())).with(csrf())
                        .header("HX-Request", "true").param("markdown", "## Hi\n\n<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(view().name("article/editor :: preview"))
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void editingNeedsALoginAndEveryChangeACsrfToken() throws Exception {
        mvc.perform(get("/articles/new")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/articles/new").param("kind", "tutorial").with(members.as(members.member())))
                .andExpect(status().isForbidden());
    }
}
