package io.quire.comment;

import java.time.Instant;
import java.util.Map;

import io.quire.account.MemberSummary;
import io.quire.account.Role;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CommentTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void anEditReplacesTheTextAndMarksTheCommentEdited() {
        Comment comment = comment();
        comment.edit("fixed", "<p>fixed</p>", NOW.plusSeconds(60));
        assertThat(comment.getBodyMarkdown()).isEqualTo("fixed");
        assertThat(comment.getBodyHtml()).isEqualTo("<p>fixed</p>");
        assertThat(comment.getEditedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aHiddenCommentCannotBeEditedSoItCannotEscapeModeration() {
        Comment comment = comment();
        comment.hide();
        assertThatIllegalStateException().isThrownBy(() -> comment.edit("innocent", "<p>innocent</p>", NOW));
        comment.unhide();
        comment.edit("innocent", "<p>innocent</p>", NOW);
        assertThat(comment.getStatus()).isEqualTo(CommentStatus.VISIBLE);
    }

    @Test
    void deletingForgetsTheTextAndHappensOnce() {
        Comment comment = comment();
        comment.delete();
        assertThat(comment.getStatus()).isEqualTo(CommentStatus.DELETED);
        assertThat(comment.getBodyMarkdown()).isEmpty();
        assertThat(comment.getBodyHtml()).isEmpty();
        assertThatIllegalStateException().isThrownBy(comment::delete);
        assertThatIllegalStateException().isThrownBy(comment::hide);
    }

    @Test
    void onlyVisibleCommentsAreHiddenAndOnlyHiddenOnesUnhidden() {
        Comment comment = comment();
        assertThatIllegalStateException().isThrownBy(comment::unhide);
        comment.hide();
        assertThatIllegalStateException().isThrownBy(comment::hide);
    }

    @Test
    void aReplyBelongsToTheThreadOfItsTopLevelComment() {
        Comment reply = new Comment(1, 2, 40L, "re", "<p>re</p>", "key", NOW);
        assertThat(reply.isTopLevel()).isFalse();
        assertThat(reply.threadId()).isEqualTo(40L);
    }

    @Test
    void aViewerSeesHiddenTextOnlyAsAModeratorAndNoAuthorOfADeletedComment() {
        CommentView hidden = view(CommentStatus.HIDDEN, new CommentViewer(5L, false));
        assertThat(hidden.showsText()).isFalse();
        assertThat(hidden.controls(true)).isEqualTo(new CommentControls(7, false, true, false, true));
        assertThat(view(CommentStatus.HIDDEN, new CommentViewer(9L, true)).showsText()).isTrue();
        CommentView deleted = view(CommentStatus.DELETED, new CommentViewer(5L, true));
        assertThat(deleted.showsText()).isFalse();
        assertThat(deleted.author()).isNull();
        assertThat(deleted.controls(true)).isEqualTo(new CommentControls(7, false, false, false, true));
        assertThat(view(CommentStatus.VISIBLE, new CommentViewer(5L, false)).controls(true))
                .isEqualTo(new CommentControls(7, true, true, false, true));
        assertThat(view(CommentStatus.VISIBLE, CommentViewer.anonymous()).controls(false))
                .isEqualTo(new CommentControls(7, false, false, true, false));
    }

    @Test
    void aShownCommentGivesEachMemberTheControlsItsViewWouldGiveThem() {
        ShownComment shown = new ShownComment(7, 5L, CommentStatus.VISIBLE);
        assertThat(shown.controlsFor(5)).isEqualTo(view(CommentStatus.VISIBLE, new CommentViewer(5L, false)).controls(true));
        assertThat(shown.controlsFor(6)).isEqualTo(view(CommentStatus.VISIBLE, new CommentViewer(6L, false)).controls(true));
        assertThat(new ShownComment(7, null, CommentStatus.DELETED).controlsFor(5))
                .isEqualTo(new CommentControls(7, false, false, false, true));
        assertThat(shown.controlsFor(6).on(8).commentId()).isEqualTo(8);
    }

    @Test
    void replyFormsHaveIdsOfTheirOwnAndFreshTokens() {
        CommentView view = view(CommentStatus.VISIBLE, CommentViewer.anonymous());
        CommentFormView first = view.replyForm("newest");
        CommentFormView second = view.replyForm("newest");
        assertThat(first.id()).isEqualTo("reply-form-7");
        assertThat(first.fieldId()).isEqualTo("reply-body-7");
        assertThat(first.sort()).isEqualTo("newest");
        assertThat(first.token()).isNotEqualTo(second.token());
        assertThat(CommentFormView.blank("x", null, CommentSort.fromParam("bogus")).sort()).isEqualTo("oldest");
    }

    private static CommentView view(CommentStatus status, CommentViewer viewer) {
        CommentRow row = new CommentRow(7, 1, 5, null, status, "<p>text</p>", 0, 0, NOW, null);
        return CommentViews.view(row, "slug", viewer, Map.of(5L, new MemberSummary(5, "ada", "Ada", Role.MEMBER)));
    }

    private static Comment comment() {
        return new Comment(1, 5, null, "text", "<p>text</p>", "key", NOW);
    }
}
