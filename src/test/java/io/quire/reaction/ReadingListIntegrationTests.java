package io.quire.reaction;

import io.quire.IntegrationTest;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class ReadingListIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    PublishedArticles articles;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    ReadingLists readingLists;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    Created ada;
    ArticleRef article;

    @BeforeEach
    void publishAnArticle() {
        ada = members.member();
        article = articles.publish();
    }

    @Test
    void oneClickSavesIntoTheDefaultListMadeOnFirstUseAndOnlyOnce() throws Exception {
        mvc.perform(save(ada)).andExpect(redirectedUrl(article.path() + "#save-button"));
        mvc.perform(save(ada)).andExpect(redirectedUrl(article.path() + "#save-button"));
        assertThat(saveCount()).isEqualTo(1);
        assertThat(readingLists.lists(ada.id())).singleElement()
                .satisfies(l -> assertThat(l.name()).isEqualTo("Saved"))
                .satisfies(l -> assertThat(l.itemCount()).isEqualTo(1));
        mvc.perform(save(ada).param("saved", "false").header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("id=\"save-button\""),
                        containsString("aria-pressed=\"false\""), not(containsString("<html")))));
        mvc.perform(save(ada).param("saved", "false"));
        assertThat(saveCount()).isZero();
        assertThat(events.stream(ArticleSaved.class)).containsExactly(new ArticleSaved(article.id(), ada.id()));
        assertThat(events.stream(ArticleUnsaved.class)).containsExactly(new ArticleUnsaved(article.id(), ada.id()));
    }

    @Test
    void withHtmxTheSaveButtonComesBackSaved() throws Exception {
        mvc.perform(save(ada).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"save-button\""),
                        containsString("aria-pressed=\"true\""), containsString("In \u201cSaved\u201d"))));
        mvc.perform(get(article.path()).with(members.as(ada)))
                .andExpect(content().string(containsString("In \u201cSaved\u201d")));
    }

    @Test
    void theSavePageCreatesANamedListWithANoteAndTheListsPageShowsIt() throws Exception {
        mvc.perform(get(article.path() + "/save")).andExpect(redirectedUrl("/login"));
        mvc.perform(get(article.path() + "/save").with(members.as(ada))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"newList\"")));
        mvc.perform(save(ada).param("newList", "Weekend reading").param("note", "Read the part on locks"))
                .andExpect(redirectedUrl(article.path() + "#save-button"));
        ReadingListView list = readingLists.lists(ada.id()).stream().filter(l -> l.name().equals("Weekend reading"))
                .findFirst().orElseThrow();
        mvc.perform(get("/me/saved").with(members.as(ada)))
                .andExpect(content().string(allOf(containsString("Weekend reading"), containsString(article.title()),
                        containsString("Read the part on locks"))));
        mvc.perform(get(list.path()).with(members.as(ada)))
                .andExpect(content().string(allOf(containsString("<h1>Weekend reading</h1>"),
                        containsString(article.title()))));
    }

    @Test
    void aBadListNameComesBackOnTheSavePageWithTheInputKept() throws Exception {
        readingLists.createList(ada.id(), "Later");
        mvc.perform(save(ada).param("newList", "later").param("note", "kept note"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("You already have a list with this name."),
                        containsString("value=\"later\""), containsString("kept note</textarea>"))));
        mvc.perform(save(ada).param("newList", "x".repeat(81)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at most 80 characters")));
        assertThat(saveCount()).isZero();
    }

    @Test
    void listsAreRenamedAndDeletedWithTheirSaves() throws Exception {
        long listId = readingLists.createList(ada.id(), "Old name");
        readingLists.save(article.slug(), ada.id(), listId, null);
        mvc.perform(post("/me/saved/" + listId + "/rename").with(members.as(ada)).with(csrf()).param("name", "New name")
                        .header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("id=\"list-header\""), containsString("value=\"New name\""))));
        mvc.perform(post("/me/saved/" + listId + "/rename").with(members.as(ada)).with(csrf()).param("name", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the list a name.")));
        mvc.perform(post("/me/saved/lists").with(members.as(ada)).with(csrf()).param("name", "new NAME")
                        .header("HX-Request", "true"))
                .andExpect(content().string(containsString("You already have a list with this name.")));
        mvc.perform(post("/me/saved/" + listId + "/delete").with(members.as(ada)).with(csrf()))
                .andExpect(redirectedUrl("/me/saved"));
        assertThat(saveCount()).isZero();
        assertThat(readingLists.lists(ada.id())).noneMatch(l -> l.id() == listId);
        readingLists.save(article.slug(), ada.id(), null, null);
        long defaultList = readingLists.lists(ada.id()).get(0).id();
        mvc.perform(post("/me/saved/" + defaultList + "/delete").with(members.as(ada)).with(csrf()))
                .andExpect(redirectedUrl("/me/saved/" + defaultList));
        assertThat(saveCount()).isEqualTo(1);
    }

    @Test
    void savedArticlesGetNotesMoveBetweenListsAndGo() throws Exception {
        readingLists.save(article.slug(), ada.id(), null, null);
        long defaultList = readingLists.lists(ada.id()).get(0).id();
        long other = readingLists.createList(ada.id(), "Other");
        long item = readingLists.items(ada.id(), null, 0).items().get(0).id();
        mvc.perform(post("/me/saved/items/" + item + "/note").with(members.as(ada)).with(csrf())
                        .param("note", "Chapter two").header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("id=\"saved-item-" + item + "\""),
                        containsString("Chapter two"), not(containsString("<html")))));
        mvc.perform(post("/me/saved/items/" + item + "/note").with(members.as(ada)).with(csrf())
                        .param("note", "n".repeat(501)).header("HX-Request", "true"))
                .andExpect(content().string(containsString("A note has at most 500 characters.")));
        mvc.perform(post("/me/saved/items/" + item + "/move").with(members.as(ada)).with(csrf())
                        .param("listId", String.valueOf(other)).param("from", String.valueOf(defaultList))
                        .header("HX-Request", "true"))
                .andExpect(header().string("HX-Reswap", "delete"));
        assertThat(readingLists.items(ada.id(), other, 0).items()).extracting(SavedItemView::id).containsExactly(item);
        mvc.perform(post("/me/saved/items/" + item + "/delete").with(members.as(ada)).with(csrf()).param("from",
                String.valueOf(other))).andExpect(redirectedUrl("/me/saved/" + other));
        assertThat(saveCount()).isZero();
    }

    @Test
    void nobodyTouchesAnotherMembersListsOrSavesByChangingIds() throws Exception {
        Created mallory = members.member();
        long list = readingLists.createList(ada.id(), "Private");
        readingLists.save(article.slug(), ada.id(), list, "mine");
        long item = readingLists.items(ada.id(), null, 0).items().get(0).id();
        long mallorysList = readingLists.createList(mallory.id(), "Loot");
        mvc.perform(get("/me/saved/" + list).with(members.as(mallory))).andExpect(status().isForbidden());
        mvc.perform(post("/me/saved/" + list + "/rename").with(members.as(mallory)).with(csrf()).param("name", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/me/saved/" + list + "/delete").with(members.as(mallory)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/me/saved/items/" + item + "/note").with(members.as(mallory)).with(csrf()).param("note", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/me/saved/items/" + item + "/move").with(members.as(mallory)).with(csrf())
                .param("listId", String.valueOf(mallorysList))).andExpect(status().isForbidden());
        mvc.perform(post("/me/saved/items/" + item + "/delete").with(members.as(mallory)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/me/saved/items/" + item + "/move").with(members.as(ada)).with(csrf())
                .param("listId", String.valueOf(mallorysList))).andExpect(status().isForbidden());
        mvc.perform(save(ada).param("listId", String.valueOf(mallorysList))).andExpect(status().isForbidden());
        assertThat(readingLists.items(ada.id(), list, 0).items()).singleElement()
                .satisfies(i -> assertThat(i.note()).isEqualTo("mine"));
        assertThat(saveCount()).isEqualTo(1);
    }

    @Test
    void theSavedPagePagesThroughManyArticles() throws Exception {
        for (int i = 0; i < ReadingLists.PAGE_SIZE + 1; i++) {
            readingLists.save(articles.publish().slug(), ada.id(), null, null);
        }
        mvc.perform(get("/me/saved").with(members.as(ada)))
                .andExpect(content().string(allOf(containsString("21 articles"), containsString("href=\"/me/saved?page=1\""))));
        mvc.perform(get("/me/saved").param("page", "1").with(members.as(ada)))
                .andExpect(content().string(containsString("rel=\"prev\"")));
        mvc.perform(get("/me/saved")).andExpect(redirectedUrl("/login"));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder save(Created member) {
        return post(article.path() + "/save").with(members.as(member)).with(csrf());
    }

    private int saveCount() {
        return catalog.findPublishedPage(article.slug()).orElseThrow().saveCount();
    }
}
