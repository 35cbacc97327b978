package io.quire.article;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The denormalised likes, comments and saves counts on the article row, changed with atomic
 * {@code UPDATE … SET n = n + ?} statements so that concurrent changes never lose an update.
 */
@Service
public class ArticleCounters {

    private final ArticleRepository articles;

    ArticleCounters(ArticleRepository articles) {
        this.articles = articles;
    }

    /** The article's like count now, or 0 when there is no such article. */
    public int likeCount(long articleId) {
        return articles.likeCount(articleId).orElse(0);
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
