package io.quire.reaction;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A member's reactions as the article page shows them, in one statement and outside any transaction: the
 * page has a budget of two statements for what is the member's own.
 */
@Service
public class Reactions {

    private static final String ARTICLE_AND_SAVE = """
            SELECT 'like' AS kind, article_id AS id, NULL AS name FROM article_like
             WHERE article_id = :article AND member_id = :member
            UNION ALL
            SELECT 'save', l.id, l.name FROM saved_item i JOIN reading_list l ON l.id = i.list_id
             WHERE i.member_id = :member AND i.article_id = :article""";

    private static final String COMMENTS = """

            UNION ALL
            SELECT 'comment', comment_id, NULL FROM comment_like
             WHERE member_id = :member AND comment_id IN (:comments)""";

    private final JdbcClient jdbc;

    Reactions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the member likes and saved the article, and which of {@code commentIds} they like. */
    public ArticleReactions forArticle(long memberId, long articleId, Collection<Long> commentIds) {
        JdbcClient.StatementSpec statement = jdbc.sql(commentIds.isEmpty() ? ARTICLE_AND_SAVE : ARTICLE_AND_SAVE + COMMENTS)
                .param("member", memberId).param("article", articleId);
        if (!commentIds.isEmpty()) {
            statement = statement.param("comments", commentIds);
        }
        List<Row> rows = statement.query((rs, n) -> new Row(rs.getString("kind"), rs.getLong("id"),
                rs.getString("name"))).list();
        Row saved = rows.stream().filter(r -> "save".equals(r.kind())).findFirst().orElse(null);
        return new ArticleReactions(rows.stream().anyMatch(r -> "like".equals(r.kind())),
                saved == null ? null : saved.id(), saved == null ? null : saved.name(),
                rows.stream().filter(r -> "comment".equals(r.kind())).map(Row::id).collect(Collectors.toUnmodifiableSet()));
    }

    private record Row(String kind, long id, String name) {
    }
}
