package io.quire.comment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The denormalised like count on the comment row, changed with an atomic {@code UPDATE … SET n = n + ?}.
 * The reaction module calls it in the transaction that inserts or deletes the like rows, with the number of
 * rows that actually changed.
 */
@Service
public class CommentCounters {

    private final CommentRepository comments;

    CommentCounters(CommentRepository comments) {
        this.comments = comments;
    }

    @Transactional
    public void addLikes(long commentId, int delta) {
        if (delta != 0) {
            comments.addLikes(commentId, delta);
        }
    }
}
