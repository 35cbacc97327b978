package io.quire.comment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentModerationLog extends JpaRepository<CommentModerationEntry, Long> {

    List<CommentModerationEntry> findByCommentIdOrderByActedAtAscIdAsc(long commentId);
}
