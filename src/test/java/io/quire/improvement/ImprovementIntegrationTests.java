package io.quire.improvement;

import io.quire.IntegrationTest;
import io.quire.TestArticles;
import io.quire.TestMembers;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleRef;
import io.quire.article.ArticleRevisions;
import io.quire.article.RevisionView;
import io.quire.moderation.ItemAlreadyDecidedException;
import io.quire.moderation.ModerationQueue;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ImprovementIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    TestArticles articles;

    @Autowired
    Improvements improvements;

    @Autowired
    ImprovementReviews reviews;

    @Autowired
    Suggestions suggestions;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    ArticleRevisions revisions;

    @Autowired
    ModerationQueue queue;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refusesThreeWordsAndAcceptsFourWithTheMessageNextToTheField() throws Exception {
        ArticleRef article = articles.published("Word limits " + System.nanoTime());
        TestMembers.Created reader = members.member();

        mvc.perform(post("/articles/{s}/suggestions", article.slug()).with(members.as(reader)).with(csrf())
                        .param("reason", "TYPO").param("body", "Three words only"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("suggestionForm", "body", "improvement.suggestion.words.too-few"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Write at least 4 words; you wrote 3.")));
        mvc.perform(post("/articles/{s}/suggestions", article.slug()).with(members.as(reader)).with(csrf())
                        .param("reason", "TYPO").param("body", "word ".repeat(1001)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("suggestionForm", "body", "improvement.suggestion.words.too-many"));
        mvc.perform(post("/articles/{s}/suggestions", article.slug()).with(members.as(reader)).with(csrf())
                        .param("reason", "TYPO").param("body", "— … Four real words, really! ——"))
                .andExpect(redirectedUrl("/me/contributions#suggestions"));
        mvc.perform(post("/articles/{s}/suggestions", article.slug()).with(members.as(reader)).with(csrf())
                        .param("reason", "TYPO").param("body", "漢字テスト").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"suggest-dialog\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
        assertThat(suggestions.of(reader.id())).hasSize(2);
    }

    @Test
    void allowsOneActivePickPerArticleAndTreatsAnExpiredPickAsReleased() {
        ArticleRef article = articles.published("Picks " + System.nanoTime());
        TestMembers.Created first = members.member();
        TestMembers.Created second = members.member();

        PickView pick = improvements.pick(article.slug(), first.id());
        assertThatThrownBy(() -> improvements.pick(article.slug(), second.id())).isInstanceOf(ArticlePickedException.class);
        assertThat(improvements.activePick(article.id())).map(PickView::memberId).contains(first.id());

        jdbc.update("update improvement_pick set expires_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), pick.id());
        assertThat(improvements.activePick(article.id())).isEmpty();
        assertThat(improvements.pick(article.slug(), second.id()).memberId()).isEqualTo(second.id());
        assertThat(jdbc.queryForObject("select status from improvement_pick where id = ?", String.class, pick.id()))
                .isEqualTo("EXPIRED");
    }

    @Test
    void refusesToActOnSomeoneElsesPickOrImprovementByChangingIds() throws Exception {
        ArticleRef article = articles.published("Ownership " + System.nanoTime());
        TestMembers.Created owner = members.member();
        TestMembers.Created intruder = members.member();
        PickView pick = improvements.pick(article.slug(), owner.id());
        long proposalId = improvements.editable(article.slug(), owner.id()).orElseThrow().id();

        mvc.perform(post("/articles/{s}/improve", article.slug()).with(members.as(intruder)).with(csrf())
                        .param("proposalId", String.valueOf(proposalId)).param("action", "save")
                        .param("title", "Hijacked").param("markdown", "Hijacked text"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/picks/{id}/release", pick.id()).with(members.as(intruder)).with(csrf())
                        .param("slug", article.slug()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/improvements/{id}/withdraw", proposalId).with(members.as(intruder)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(improvements.editable(article.slug(), owner.id()).orElseThrow().title()).isEqualTo(article.title());
        assertThat(improvements.activePick(article.id())).isPresent();
    }

    @Test
    void refusesToSubmitPreviewOrWithdrawSomeoneElsesDraftOrSubmissionByChangingIds() throws Exception {
        ArticleRef article = articles.published("Ownership submit " + System.nanoTime());
        TestMembers.Created owner = members.member();
        TestMembers.Created intruder = members.member();
        improvements.pick(article.slug(), owner.id());
        long draftId = improvements.editable(article.slug(), owner.id()).orElseThrow().id();
        // The intruder holds a pick of their own elsewhere, so the refusal is about ownership, not a missing draft.
        ArticleRef theirs = articles.published("Intruder's own " + System.nanoTime());
        improvements.pick(theirs.slug(), intruder.id());

        for (String action : new String[] {"submit", "preview"}) {
            mvc.perform(post("/articles/{s}/improve", article.slug()).with(members.as(intruder)).with(csrf())
                            .param("proposalId", String.valueOf(draftId)).param("action", action)
                            .param("title", "Hijacked").param("markdown", "Hijacked text")
                            .param("changeSummary", "Hijacked"))
                    .andExpect(status().isForbidden());
        }
        assertThat(queue.findOpen(Improvements.SUBJECT, draftId)).isEmpty();

        ProposalView submitted = submit(article, owner, "owned words");
        mvc.perform(post("/improvements/{id}/withdraw", submitted.id()).with(members.as(intruder)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/articles/{s}/improve", article.slug()).with(members.as(intruder)).with(csrf())
                        .param("proposalId", String.valueOf(submitted.id())).param("action", "save")
                        .param("title", "Hijacked").param("markdown", "Hijacked text"))
                .andExpect(status().isForbidden());
        assertThat(queue.find(submitted.itemId()).orElseThrow().isOpen()).isTrue();
        assertThat(improvements.of(owner.id())).filteredOn(p -> p.id() == submitted.id())
                .extracting(ProposalView::markdown).singleElement().asString().contains("owned words");
    }

    @Test
    void acceptingAnImprovementCreatesARevisionCreditingTheImprover() throws Exception {
        ArticleRef article = articles.published("Accepting " + System.nanoTime());
        TestMembers.Created improver = members.member();
        TestMembers.Created moderator = members.moderator();
        ProposalView proposal = submit(article, improver, "better words");

        mvc.perform(get("/improvements/{id}/review", proposal.id()).with(members.as(moderator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<ins>")));
        ImprovementReview review = reviews.review(proposal.id(), moderator.id());
        mvc.perform(post("/improvements/{id}/review", proposal.id()).with(members.as(moderator)).with(csrf())
                        .param("decision", "accept").param("version", String.valueOf(review.item().version()))
                        .param("currentRevision", String.valueOf(review.currentRevision()))
                        .param("title", review.proposal().title()).param("summary", review.proposal().summary())
                        .param("markdown", review.mergedMarkdown()))
                .andExpect(redirectedUrl("/moderation"));

        RevisionView latest = revisions.history(article.id()).get(0);
        assertThat(latest.number()).isEqualTo(article.currentRevision() + 1);
        assertThat(latest.creditedId()).isEqualTo(improver.id());
        assertThat(latest.markdown()).contains("better words");
        mvc.perform(get("/articles/{s}/history", article.slug()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Improved by")));
    }

    @Test
    void mergesAnImprovementIntoAnArticleThatChangedAndShowsConflicts() {
        ArticleRef article = articles.published("Merging " + System.nanoTime());
        TestMembers.Created improver = members.member();
        TestMembers.Created moderator = members.moderator();
        ProposalView proposal = submit(article, improver, "better words");
        var current = catalog.currentText(article.id()).orElseThrow();
        revisions.revise(article.id(), current.revision(), current.title(), current.summary(),
                current.markdown() + "\n\nA paragraph added by someone else.", moderator.id(), null, "Addition");

        ImprovementReview clean = reviews.review(proposal.id(), moderator.id());
        assertThat(clean.stale()).isTrue();
        assertThat(clean.conflicts()).isZero();
        assertThat(clean.mergedMarkdown()).contains("better words").contains("A paragraph added by someone else.");

        var now = catalog.currentText(article.id()).orElseThrow();
        revisions.revise(article.id(), now.revision(), now.title(), now.summary(),
                now.markdown().replace("is a topic worth learning well", "is a topic changed concurrently"),
                moderator.id(), null, "Clash");
        ImprovementReview conflicted = reviews.review(proposal.id(), moderator.id());
        assertThat(conflicted.conflicts()).isEqualTo(1);
        assertThatThrownBy(() -> reviews.accept(proposal.id(), moderator.id(), conflicted.item().version(),
                conflicted.currentRevision(), new ImprovementForm("T", "", conflicted.mergedMarkdown(), null), null))
                .isInstanceOf(ConflictMarkersException.class);
    }

    @Test
    void exactlyOneOfTwoModeratorsDecidesAndTheOtherIsTold() throws Exception {
        ArticleRef article = articles.published("Racing " + System.nanoTime());
        ProposalView proposal = submit(article, members.member(), "racing words");
        TestMembers.Created first = members.moderator();
        TestMembers.Created second = members.moderator();
        ImprovementReview seen = reviews.review(proposal.id(), first.id());

        reviews.reject(proposal.id(), first.id(), seen.item().version(), "Not needed");

        mvc.perform(post("/improvements/{id}/review", proposal.id()).with(members.as(second)).with(csrf())
                        .param("decision", "accept").param("version", String.valueOf(seen.item().version()))
                        .param("currentRevision", String.valueOf(seen.currentRevision()))
                        .param("title", "T").param("markdown", seen.mergedMarkdown()))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("problem"));
        assertThat(revisions.history(article.id())).hasSize(article.currentRevision());
        assertThatThrownBy(() -> reviews.sendBack(proposal.id(), second.id(), seen.item().version(), "x"))
                .isInstanceOf(ItemAlreadyDecidedException.class);
    }

    @Test
    void appliesAnAnchoredSuggestionInOneClickAndOutdatesOthersOnThatParagraph() throws Exception {
        ArticleRef article = articles.published("Anchored " + System.nanoTime());
        TestMembers.Created reader = members.member();
        TestMembers.Created other = members.member();
        TestMembers.Created moderator = members.moderator();
        SuggestionView applied = suggestions.suggest(article.slug(), reader.id(), new SuggestionForm(
                SuggestionReason.TYPO, "Say it more precisely please", "worth learning well", "worth learning thoroughly"));
        SuggestionView joined = suggestions.suggest(article.slug(), other.id(), new SuggestionForm(
                SuggestionReason.OTHER, "This sentence reads oddly today", "is a topic worth", null));
        assertThat(joined.itemId()).isEqualTo(applied.itemId());
        SuggestionView elsewhere = suggestions.suggest(article.slug(), other.id(), new SuggestionForm(
                SuggestionReason.OTHER, "The table needs another row", "You try it", null));

        SuggestionReview review = suggestions.review(applied.id(), moderator.id());
        assertThat(review.canApply()).isTrue();
        assertThat(review.suggestions()).hasSize(2);
        mvc.perform(post("/suggestions/{id}/apply", applied.id()).with(members.as(moderator)).with(csrf())
                        .param("version", String.valueOf(review.item().version())))
                .andExpect(redirectedUrl("/moderation"));

        RevisionView latest = revisions.history(article.id()).get(0);
        assertThat(latest.markdown()).contains("worth learning thoroughly").doesNotContain("worth learning well");
        assertThat(latest.creditedId()).isEqualTo(reader.id());
        assertThat(suggestions.of(other.id())).filteredOn(s -> s.id() == joined.id())
                .extracting(SuggestionView::status).containsExactly(ProposalStatus.ACCEPTED);

        var now = catalog.currentText(article.id()).orElseThrow();
        revisions.revise(article.id(), now.revision(), now.title(), now.summary(),
                now.markdown().replace("You try it", "You try it yourself"), moderator.id(), null, "Edit");
        poll(() -> suggestions.of(other.id()).stream().filter(s -> s.id() == elsewhere.id())
                .anyMatch(s -> s.status() == ProposalStatus.OUTDATED));
    }

    @Test
    void reviewPagesShowWhoClaimedTheItemOrThatTheModeratorRaisedIt() throws Exception {
        ArticleRef article = articles.published("Claim banner " + System.nanoTime());
        TestMembers.Created suggester = members.moderator();
        TestMembers.Created ada = members.moderator();
        TestMembers.Created bob = members.moderator();
        SuggestionView suggestion = suggestions.suggest(article.slug(), suggester.id(), new SuggestionForm(
                SuggestionReason.TYPO, "Say it more precisely please", "worth learning well", "worth mastering"));
        queue.claim(suggestion.itemId(), ada.id());

        mvc.perform(get("/suggestions/{id}/review", suggestion.id()).with(members.as(bob)))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Claimed by " + ada.username() + " until"),
                        org.hamcrest.Matchers.containsString("/moderation/items/" + suggestion.itemId()))));
        mvc.perform(get("/suggestions/{id}/review", suggestion.id()).with(members.as(suggester)))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("You raised this item"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"claim-banner\"")))));

        ProposalView proposal = submit(article, members.member(), "claimed words");
        mvc.perform(get("/improvements/{id}/review", proposal.id()).with(members.as(bob)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nobody has claimed this item")));
    }

    @Test
    void reviewRoutesRefuseMembersAndSendAnonymousReadersToLogIn() throws Exception {
        for (String path : new String[] {"/improvements/1/review", "/suggestions/1/review"}) {
            mvc.perform(get(path).with(members.as(members.member()))).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(post("/suggestions/1/apply").with(members.as(members.member())).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
    }

    private ProposalView submit(ArticleRef article, TestMembers.Created improver, String words) {
        improvements.pick(article.slug(), improver.id());
        ProposalView draft = improvements.editable(article.slug(), improver.id()).orElseThrow();
        return improvements.submit(draft.id(), improver.id(), new ImprovementForm(draft.title(), draft.summary(),
                draft.markdown().replace("in plain words", "in " + words), "Clearer wording"));
    }

    private static void poll(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited for the listener").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
