package io.quire.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A comment as listings read it: everything but the Markdown source. */
record CommentRow(long id, long articleId, long authorId, Long parentId, CommentStatus status, String html,
        int likeCount, int replyCount, Instant createdAt, Instant editedAt) {

    /** The columns {@link #map} reads, for SELECT lists. */
    static final String COLUMNS =
            "id, article_id, author_id, parent_id, status, body_html, like_count, reply_count, created_at, edited_at";

    static CommentRow map(ResultSet rs, int rowNum) throws SQLException {
        long parentValue = rs.getLong("parent_id");
        Long parent = rs.wasNull() ? null : parentValue;
        return new CommentRow(rs.getLong("id"), rs.getLong("article_id"), rs.getLong("author_id"),
                parent, CommentStatus.valueOf(rs.getString("status")), rs.getString("body_html"),
                rs.getInt("like_count"), rs.getInt("reply_count"), instant(rs, "created_at"), instant(rs, "edited_at"));
    }

    static CommentRow of(Comment c) {
        return new CommentRow(c.getId(), c.getArticleId(), c.getAuthorId(), c.getParentId(), c.getStatus(),
                c.getBodyHtml(), c.getLikeCount(), c.getReplyCount(), c.getCreatedAt(), c.getEditedAt());
    }

    boolean isTopLevel() {
        return parentId == null;
    }

    /** DATETIME columns hold UTC wall-clock time (Hibernate normalises to UTC on write). */
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
