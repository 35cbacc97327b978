package io.quire.comment;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reading side of comments in plain SQL: a page of top-level comments with their first replies comes
 * back in one statement, so the article page pays for comments once, however many there are.
 */
@Component
class CommentQueries {

    /** Top-level comments that are listed: visible, hidden, or deleted but still holding replies. */
    private static final String LISTED_TOP_LEVEL = """
            article_id = :articleId AND parent_id IS NULL AND (status <> 'DELETED' OR reply_count > 0)""";

    private static final String PAGE_WITH_REPLIES = """
            WITH top_level AS (
                SELECT id FROM comment WHERE %s
                 ORDER BY %s LIMIT :limit OFFSET :offset)
            SELECT %s FROM comment JOIN top_level ON comment.id = top_level.id
            UNION ALL
            SELECT %s FROM (
                SELECT reply.*, ROW_NUMBER() OVER (PARTITION BY reply.parent_id ORDER BY reply.created_at, reply.id) AS reply_rank
                  FROM comment reply JOIN top_level ON reply.parent_id = top_level.id
                 WHERE reply.status <> 'DELETED') replies
             WHERE reply_rank <= :replyLimit""";

    private final JdbcClient jdbc;

    CommentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Top-level comments {@code offset .. offset + limit - 1} in the given order, and up to {@code replyLimit}
     * replies of each, oldest first. Rows come unordered.
     */
    List<CommentRow> pageWithReplies(long articleId, CommentSort sort, int offset, int limit, int replyLimit) {
        String sql = PAGE_WITH_REPLIES.formatted(LISTED_TOP_LEVEL, sort.orderBy(), qualified("comment"),
                CommentRow.COLUMNS);
        return jdbc.sql(sql).param("articleId", articleId).param("limit", limit).param("offset", offset)
                .param("replyLimit", replyLimit).query(CommentRow::map).list();
    }

    /** A top-level comment and up to {@code replyLimit} of its replies, oldest first, in one statement. */
    List<CommentRow> thread(long topLevelId, int replyLimit) {
        String sql = """
                (SELECT %1$s FROM comment WHERE id = :id)
                UNION ALL
                (SELECT %1$s FROM comment WHERE parent_id = :id AND status <> 'DELETED'
                  ORDER BY created_at, id LIMIT :replyLimit)""".formatted(CommentRow.COLUMNS);
        return jdbc.sql(sql).param("id", topLevelId).param("replyLimit", replyLimit).query(CommentRow::map).list();
    }

    Optional<CommentRow> one(long id) {
        return jdbc.sql("SELECT " + CommentRow.COLUMNS + " FROM comment WHERE id = :id").param("id", id)
                .query(CommentRow::map).optional();
    }

    private static String qualified(String table) {
        return table + "." + CommentRow.COLUMNS.replace(", ", ", " + table + ".");
    }
}
