package io.quire.improvement;

import io.quire.IntegrationTest;
import io.quire.TestArticles;
import io.quire.TestMembers;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleRef;
import io.quire.article.ArticleRevisions;
import io.quire.article.RevisionView;
import io.quire.moderation.ModerationQueue;
import io.quire.moderation.UndoNotAllowedException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/** Undoing a decision within the window takes back what it applied, with a new revision rather than by rewriting history. */
@IntegrationTest
class ImprovementUndoIntegrationTests {

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

    @Test
    void undoingAnAppliedSuggestionRestoresThePreviousTextInANewRevisionAndReopensIt() throws Exception {
        ArticleRef article = articles.published("Undo suggestion " + System.nanoTime());
        String original = catalog.currentText(article.id()).orElseThrow().markdown();
        TestMembers.Created reader = members.member();
        TestMembers.Created moderator = members.moderator();
        SuggestionView suggestion = suggestions.suggest(article.slug(), reader.id(), new SuggestionForm(
                SuggestionReason.TYPO, "Say it more precisely please", "worth learning well", "worth mastering"));
        int applied = suggestions.apply(suggestion.id(), moderator.id(),
                suggestions.review(suggestion.id(), moderator.id()).item().version());

        mvc.perform(post("/moderation/items/{id}/reopen", suggestion.itemId()).with(members.as(moderator)).with(csrf()))
                .andExpect(flash().attribute("notice", "moderation.undo.done"));

        RevisionView undo = revisions.history(article.id()).get(0);
        assertThat(undo.number()).isEqualTo(applied + 1);
        assertThat(undo.markdown()).isEqualTo(original);
        assertThat(undo.creditedId()).isNull();
        assertThat(undo.editorId()).isEqualTo(moderator.id());
        assertThat(undo.note()).contains("Undid").contains("revision " + applied);
        assertThat(revisions.revision(article.id(), applied).orElseThrow().creditedId()).isEqualTo(reader.id());
        SuggestionReview again = suggestions.review(suggestion.id(), moderator.id());
        assertThat(again.isOpen()).isTrue();
        assertThat(again.first().status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(again.canApply()).isTrue();

        suggestions.apply(suggestion.id(), moderator.id(), again.item().version());
        assertThat(catalog.currentText(article.id()).orElseThrow().markdown()).contains("worth mastering");
    }

    @Test
    void undoingAnAcceptedImprovementRestoresTheBaseTextAndTheProposalWaitsForADecisionAgain() {
        ArticleRef article = articles.published("Undo improvement " + System.nanoTime());
        String original = catalog.currentText(article.id()).orElseThrow().markdown();
        TestMembers.Created moderator = members.moderator();
        ProposalView proposal = submit(article, members.member(), "undoable words");
        int accepted = accept(proposal, moderator);

        queue.reopen(proposal.itemId(), moderator.id());

        RevisionView undo = revisions.history(article.id()).get(0);
        assertThat(undo.number()).isEqualTo(accepted + 1);
        assertThat(undo.markdown()).isEqualTo(original);
        ImprovementReview again = reviews.review(proposal.id(), moderator.id());
        assertThat(again.isOpen()).isTrue();
        assertThat(again.proposal().acceptedRevision()).isNull();
        reviews.reject(proposal.id(), moderator.id(), again.item().version(), "On second thought, no");
        assertThat(revisions.history(article.id())).hasSize(accepted + 1);
    }

    @Test
    void undoingARejectionReopensTheProposalWithoutTouchingTheArticle() {
        ArticleRef article = articles.published("Undo rejection " + System.nanoTime());
        TestMembers.Created moderator = members.moderator();
        ProposalView proposal = submit(article, members.member(), "rejected words");
        ImprovementReview seen = reviews.review(proposal.id(), moderator.id());
        reviews.reject(proposal.id(), moderator.id(), seen.item().version(), "Not needed");

        queue.reopen(proposal.itemId(), moderator.id());

        assertThat(revisions.history(article.id())).hasSize(article.currentRevision());
        ImprovementReview again = reviews.review(proposal.id(), moderator.id());
        assertThat(again.isOpen()).isTrue();
        assertThat(again.proposal().reviewNote()).isNull();
        accept(proposal, moderator);
        assertThat(catalog.currentText(article.id()).orElseThrow().markdown()).contains("rejected words");
    }

    @Test
    void anAcceptanceIsNotUndoneOnceTheArticleWasRevisedAgainAndTheModeratorIsToldWhy() throws Exception {
        ArticleRef article = articles.published("Undo too late " + System.nanoTime());
        TestMembers.Created moderator = members.moderator();
        ProposalView proposal = submit(article, members.member(), "kept words");
        accept(proposal, moderator);
        var now = catalog.currentText(article.id()).orElseThrow();
        int later = revisions.revise(article.id(), now.revision(), now.title(), now.summary(),
                now.markdown() + "\n\nA later edit.", moderator.id(), null, "Later edit");

        mvc.perform(post("/moderation/items/{id}/reopen", proposal.itemId()).with(members.as(moderator)).with(csrf()))
                .andExpect(flash().attribute("alert", "improvement.undo.article-moved"));

        assertThat(queue.find(proposal.itemId()).orElseThrow().isOpen()).isFalse();
        assertThat(revisions.history(article.id()).get(0).number()).isEqualTo(later);
        assertThat(reviews.review(proposal.id(), moderator.id()).proposal().status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThatThrownBy(() -> queue.reopen(proposal.itemId(), moderator.id()))
                .isInstanceOfSatisfying(UndoNotAllowedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("improvement.undo.article-moved"));
    }

    @Test
    void anAcceptanceThatAppliedOnlyOutdatedSuggestionsIsNotUndoneSilently() throws Exception {
        ArticleRef article = articles.published("Undo outdated " + System.nanoTime());
        TestMembers.Created reader = members.member();
        TestMembers.Created moderator = members.moderator();
        SuggestionView suggestion = suggestions.suggest(article.slug(), reader.id(), new SuggestionForm(
                SuggestionReason.OTHER, "The table needs another row", "You try it", null));
        var now = catalog.currentText(article.id()).orElseThrow();
        revisions.revise(article.id(), now.revision(), now.title(), now.summary(),
                now.markdown().replace("You try it", "You experiment"), moderator.id(), null, "Edit");
        long deadline = System.currentTimeMillis() + 10_000;
        while (suggestions.of(reader.id()).get(0).status() != ProposalStatus.OUTDATED) {
            assertThat(System.currentTimeMillis()).as("waited for the listener").isLessThan(deadline);
            Thread.sleep(100);
        }
        SuggestionReview review = suggestions.review(suggestion.id(), moderator.id());
        suggestions.accept(suggestion.id(), moderator.id(), review.item().version(), review.currentRevision(),
                review.currentMarkdown() + "\n\nAnother row, by hand.", null);

        assertThatThrownBy(() -> queue.reopen(suggestion.itemId(), moderator.id()))
                .isInstanceOfSatisfying(UndoNotAllowedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("improvement.undo.not-recorded"));
        assertThat(queue.find(suggestion.itemId()).orElseThrow().isOpen()).isFalse();
    }

    private int accept(ProposalView proposal, TestMembers.Created moderator) {
        ImprovementReview review = reviews.review(proposal.id(), moderator.id());
        return reviews.accept(proposal.id(), moderator.id(), review.item().version(), review.currentRevision(),
                new ImprovementForm(review.proposal().title(), review.proposal().summary(), review.mergedMarkdown(),
                        null), null);
    }

    private ProposalView submit(ArticleRef article, TestMembers.Created improver, String words) {
        improvements.pick(article.slug(), improver.id());
        ProposalView draft = improvements.editable(article.slug(), improver.id()).orElseThrow();
        return improvements.submit(draft.id(), improver.id(), new ImprovementForm(draft.title(), draft.summary(),
                draft.markdown().replace("in plain words", "in " + words), "Clearer wording"));
    }
}
