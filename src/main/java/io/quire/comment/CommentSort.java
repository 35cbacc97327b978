package io.quire.comment;

import java.util.Arrays;
import java.util.Comparator;

/** The orders a thread can be read in; {@link #param()} is the value of the {@code sort} query parameter. */
public enum CommentSort {

    OLDEST("oldest", "created_at, id",
            Comparator.comparing(CommentRow::createdAt).thenComparingLong(CommentRow::id)),
    NEWEST("newest", "created_at DESC, id DESC",
            Comparator.comparing(CommentRow::createdAt).thenComparingLong(CommentRow::id).reversed()),
    LIKED("liked", "like_count DESC, created_at, id",
            Comparator.comparingInt(CommentRow::likeCount).reversed()
                    .thenComparing(CommentRow::createdAt).thenComparingLong(CommentRow::id));

    private final String param;
    private final String orderBy;
    private final Comparator<CommentRow> order;

    CommentSort(String param, String orderBy, Comparator<CommentRow> order) {
        this.param = param;
        this.orderBy = orderBy;
        this.order = order;
    }

    public String param() {
        return param;
    }

    /** The sort named by a request parameter; anything unknown reads oldest first. */
    public static CommentSort fromParam(String value) {
        return Arrays.stream(values()).filter(s -> s.param.equals(value)).findFirst().orElse(OLDEST);
    }

    /** A fixed SQL ORDER BY list, never built from input. */
    String orderBy() {
        return orderBy;
    }

    Comparator<CommentRow> order() {
        return order;
    }
}
