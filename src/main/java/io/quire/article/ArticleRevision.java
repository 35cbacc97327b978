package io.quire.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One published state of an article. Never changed: a correction is a new revision. */
@Entity
@Immutable
@Table(name = "article_revision")
class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id")
    private long articleId;

    private int number;

    private String title;

    private String summary;

    @Column(name = "body_markdown")
    private String bodyMarkdown;

    @Column(name = "editor_id")
    private long editorId;

    @Column(name = "credited_id")
    private Long creditedId;

    private String note;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ArticleRevision() {
    }

    ArticleRevision(long articleId, int number, String title, String summary, String bodyMarkdown, long editorId,
            Long creditedId, String note, Instant createdAt) {
        this.articleId = articleId;
        this.number = number;
        this.title = title;
        this.summary = summary;
        this.bodyMarkdown = bodyMarkdown;
        this.editorId = editorId;
        this.creditedId = creditedId;
        this.note = note;
        this.createdAt = createdAt;
    }

    RevisionView toView() {
        return new RevisionView(number, title, summary, bodyMarkdown, editorId, creditedId, note, createdAt);
    }
}
