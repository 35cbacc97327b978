package io.quire.article;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The denormalised likes, comments and saves counts on the article row, changed with atomic
 * {@code UPDATE … SET n = n + ?} statements so that concurrent changes never lose an update.
 */
@Service
public class ArticleCounters {

    private final ArticleRepository articles;
    private final JdbcClient jdbc;

    ArticleCounters(ArticleRepository articles, JdbcClient jdbc) {
        this.articles = articles;
        this.jdbc = jdbc;
    }

    /**
     * The article's like count now, or 0 when there is no such article. Plain JDBC: read on every member's view
     * of a kept page, where going through JPA cost more than the rest of that view.
     */
    public int likeCount(long articleId) {
        return jdbc.sql("select like_count from article where id = ?").param(articleId).query(Integer.class)
                .optional().orElse(0);
    }

    @Transactional
    public void addLikes(long articleId, int delta) {
        articles.addLikes(articleId, delta);
    }

    @Transactional
    public void addComments(long articleId, int delta) {
        articles.addComments(articleId, delta);
    }

    @Transactional
    public void addSaves(long articleId, int delta) {
        articles.addSaves(articleId, delta);
    }
}
