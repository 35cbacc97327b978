package io.quire.comment;

import java.util.List;

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
        return items.stream()
                .flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.replies().stream()))
                .map(CommentView::id).toList();
    }
}
