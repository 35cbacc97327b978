package io.quire.article;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A row of {@code article_tag}: which tags an article carries, for tag pages and filters. */
@Entity
@Table(name = "article_tag")
@IdClass(ArticleTagLink.Key.class)
class ArticleTagLink {

    @Id
    @Column(name = "article_id")
    private long articleId;

    @Id
    @Column(name = "tag_id")
    private long tagId;

    protected ArticleTagLink() {
    }

    ArticleTagLink(long articleId, long tagId) {
        this.articleId = articleId;
        this.tagId = tagId;
    }

    long getTagId() {
        return tagId;
    }

    record Key(long articleId, long tagId) implements Serializable {
    }
}
