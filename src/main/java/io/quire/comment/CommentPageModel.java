package io.quire.comment;

import java.util.Collection;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model attributes comment fragments read besides the comment itself: {@code commentViewer},
 * {@code commentSort} and {@code likedCommentIds} (from the reaction module, when it is there).
 */
@Component
class CommentPageModel {

    private final ObjectProvider<CommentLikes> likes;

    CommentPageModel(ObjectProvider<CommentLikes> likes) {
        this.likes = likes;
    }

    void addViewer(Model model, CommentViewer viewer, CommentSort sort) {
        model.addAttribute("commentViewer", viewer);
        model.addAttribute("commentSort", sort.param());
    }

    void addLikes(Model model, CommentViewer viewer, Collection<Long> commentIds) {
        CommentLikes source = likes.getIfAvailable();
        model.addAttribute("likedCommentIds", viewer.isMember() && source != null && !commentIds.isEmpty()
                ? source.likedBy(viewer.memberId(), commentIds) : Set.of());
    }

    /** Viewer, default sort and likes for fragments that show single comments. */
    void addFor(Model model, CommentViewer viewer, Collection<Long> commentIds) {
        addViewer(model, viewer, CommentSort.OLDEST);
        addLikes(model, viewer, commentIds);
    }
}
