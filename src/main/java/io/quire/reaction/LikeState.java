package io.quire.reaction;

/** Whether the member now likes the thing, and how many members do. */
public record LikeState(boolean liked, int count) {
}
