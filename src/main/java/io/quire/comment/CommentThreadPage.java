package io.quire.comment;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.quire.account.MemberSummary;

/**
 * One page of top-level comments, each with its first replies.
 *
 * @param number the page number, counted from 1 as in the {@code page} query parameter
 * @param hasMore whether another page follows
 */
public record CommentThreadPage(List<CommentView> items, CommentSort sort, int number, boolean hasMore) {

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int nextNumber() {
        return number + 1;
    }

    /** Ids of the comments and replies on the page, for looking up which of them a member liked. */
    public List<Long> commentIds() {
        return shown().map(CommentView::id).toList();
    }

    /** Who wrote the comments and replies on the page (deleted ones show no author, and none is listed). */
    public Set<Long> authorIds() {
        return shown().map(CommentView::author).filter(Objects::nonNull).map(MemberSummary::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether any comment or reply on the page is the viewer's own. */
    public boolean showsViewersOwn() {
        return shown().anyMatch(CommentView::mine);
    }

    private Stream<CommentView> shown() {
        return items.stream().flatMap(c -> Stream.concat(Stream.of(c), c.replies().stream()));
    }
}
