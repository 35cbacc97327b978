package io.quire.comment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A comment or a reply. The counters are read-only here: they change only through atomic UPDATE statements
 * in {@link CommentRepository}, so saving an edited comment never overwrites a concurrent like.
 */
@Entity
@Table(name = "comment")
class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id")
    private long articleId;

    @Column(name = "author_id")
    private long authorId;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    private CommentStatus status;

    @Column(name = "body_markdown")
    private String bodyMarkdown;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "like_count", insertable = false, updatable = false)
    private int likeCount;

    @Column(name = "reply_count", insertable = false, updatable = false)
    private int replyCount;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    private long version;

    protected Comment() {
    }

    Comment(long articleId, long authorId, Long parentId, String markdown, String html, String idempotencyKey,
            Instant now) {
        this.articleId = articleId;
        this.authorId = authorId;
        this.parentId = parentId;
        this.status = CommentStatus.VISIBLE;
        this.bodyMarkdown = markdown;
        this.bodyHtml = html;
        this.idempotencyKey = idempotencyKey;
        this.createdAt = now;
    }

    /** Replaces the text; only a visible comment can be edited (a hidden one would escape moderation). */
    void edit(String markdown, String html, Instant now) {
        if (status != CommentStatus.VISIBLE) {
            throw new IllegalStateException("Comment " + id + " is " + status + " and cannot be edited");
        }
        this.bodyMarkdown = markdown;
        this.bodyHtml = html;
        this.editedAt = now;
    }

    /** Deletes the text for good; the row stays as a placeholder for the replies, if there are any. */
    void delete() {
        if (status == CommentStatus.DELETED) {
            throw new IllegalStateException("Comment " + id + " is already deleted");
        }
        this.status = CommentStatus.DELETED;
        this.bodyMarkdown = "";
        this.bodyHtml = "";
    }

    void hide() {
        if (status != CommentStatus.VISIBLE) {
            throw new IllegalStateException("Comment " + id + " is " + status + " and cannot be hidden");
        }
        this.status = CommentStatus.HIDDEN;
    }

    void unhide() {
        if (status != CommentStatus.HIDDEN) {
            throw new IllegalStateException("Comment " + id + " is " + status + ", not hidden");
        }
        this.status = CommentStatus.VISIBLE;
    }

    boolean isTopLevel() {
        return parentId == null;
    }

    /** The top-level comment of this thread: itself, or its parent. */
    long threadId() {
        return parentId == null ? id : parentId;
    }

    Long getId() {
        return id;
    }

    long getArticleId() {
        return articleId;
    }

    long getAuthorId() {
        return authorId;
    }

    Long getParentId() {
        return parentId;
    }

    CommentStatus getStatus() {
        return status;
    }

    String getBodyMarkdown() {
        return bodyMarkdown;
    }

    String getBodyHtml() {
        return bodyHtml;
    }

    int getLikeCount() {
        return likeCount;
    }

    int getReplyCount() {
        return replyCount;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getEditedAt() {
        return editedAt;
    }

    CommentRef toRef() {
        return new CommentRef(id, articleId, authorId, parentId, status);
    }
}
