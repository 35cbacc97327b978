package io.quire.reaction;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A member's reactions as the article page shows them, in one statement and outside any transaction: the
 * page has a budget of two statements for what is the member's own. A kept page's view reads them from
 * {@link KeptReactions} instead.
 */
@Service
public class Reactions {

    private static final String ARTICLE_AND_SAVE = """
            SELECT 'like' AS kind, article_id AS id, NULL AS name FROM article_like
             WHERE article_id = :article AND member_id = :member
            UNION ALL
            SELECT 'save', l.id, l.name FROM saved_item i JOIN reading_list l ON l.id = i.list_id
             WHERE i.member_id = :member AND i.article_id = :article""";

    /** The article's like count as it is now; read from the article module's row to save a statement per view. */
    private static final String LIKE_COUNT = """
            SELECT 'count' AS kind, like_count AS id, NULL AS name FROM article WHERE id = :article
            UNION ALL
            """;

    private static final String COMMENTS = """

            UNION ALL
            SELECT 'comment', comment_id, NULL FROM comment_like
             WHERE member_id = :member AND comment_id IN (:comments)""";

    private final JdbcClient jdbc;
    private final KeptReactions kept;

    Reactions(JdbcClient jdbc, KeptReactions kept) {
        this.jdbc = jdbc;
        this.kept = kept;
    }

    /** Whether the member likes and saved the article, and which of {@code commentIds} they like. */
    public ArticleReactions forArticle(long memberId, long articleId, Collection<Long> commentIds) {
        return reactions(rows("", memberId, articleId, commentIds));
    }

    /**
     * {@link #forArticle}, answered from everything the member has reacted to, kept in memory, when that was read
     * after {@code validAfter} (the request's {@code OwnWrites} time): a member's view of a kept page then needs no
     * statement at all.
     */
    public ArticleReactions forArticle(long memberId, long articleId, Collection<Long> commentIds,
            Instant validAfter) {
        return kept.forArticle(memberId, articleId, commentIds, validAfter)
                .orElseGet(() -> forArticle(memberId, articleId, commentIds));
    }

    /**
     * {@link #forArticle}, and the article's like count now, in one statement: a member's view of a kept page
     * needs both, and the page's own count may be older than the member's like.
     */
    public Current current(long memberId, long articleId, Collection<Long> commentIds) {
        List<Row> rows = rows(LIKE_COUNT, memberId, articleId, commentIds);
        int likeCount = rows.stream().filter(r -> "count".equals(r.kind())).mapToInt(r -> (int) r.id()).findFirst()
                .orElse(0);
        return new Current(reactions(rows), likeCount);
    }

    /** A member's reactions to an article, and its like count, read together. */
    public record Current(ArticleReactions reactions, int likeCount) {
    }

    private List<Row> rows(String before, long memberId, long articleId, Collection<Long> commentIds) {
        String sql = before + ARTICLE_AND_SAVE + (commentIds.isEmpty() ? "" : COMMENTS);
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("member", memberId).param("article", articleId);
        if (!commentIds.isEmpty()) {
            statement = statement.param("comments", commentIds);
        }
        return statement.query((rs, n) -> new Row(rs.getString("kind"), rs.getLong("id"), rs.getString("name")))
                .list();
    }

    private static ArticleReactions reactions(List<Row> rows) {
        Row saved = rows.stream().filter(r -> "save".equals(r.kind())).findFirst().orElse(null);
        return new ArticleReactions(rows.stream().anyMatch(r -> "like".equals(r.kind())),
                saved == null ? null : saved.id(), saved == null ? null : saved.name(),
                rows.stream().filter(r -> "comment".equals(r.kind())).map(Row::id)
                        .collect(Collectors.toUnmodifiableSet()));
    }

    private record Row(String kind, long id, String name) {
    }
}
