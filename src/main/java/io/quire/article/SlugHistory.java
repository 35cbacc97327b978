package io.quire.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An old slug of a renamed article, kept so that old links answer 301. */
@Entity
@Table(name = "article_slug_history")
class SlugHistory {

    @Id
    private String slug;

    @Column(name = "article_id")
    private long articleId;

    protected SlugHistory() {
    }

    SlugHistory(String slug, long articleId) {
        this.slug = slug;
        this.articleId = articleId;
    }

    long getArticleId() {
        return articleId;
    }
}
