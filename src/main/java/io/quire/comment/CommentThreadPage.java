package io.quire.comment;

import java.util.List;
import java.util.stream.Stream;

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

    /** The comments and replies on the page with their authors (none for deleted ones) and states. */
    public List<ShownComment> shownComments() {
        return shown().map(c -> new ShownComment(c.id(), c.author() == null ? null : c.author().id(), c.status()))
                .toList();
    }

    private Stream<CommentView> shown() {
        return items.stream().flatMap(c -> Stream.concat(Stream.of(c), c.replies().stream()));
    }
}
