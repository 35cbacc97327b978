package io.quire.article;

import java.time.Instant;
import java.util.List;

import io.quire.markdown.RenderedMarkdown;

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
 * An article and, while it is a draft, its working copy. Once published, the row holds the rendered current
 * revision; the revisions themselves are {@link ArticleRevision}s. Counters are changed only by atomic
 * UPDATE statements in {@link ArticleRepository}, never through this entity, so they are not overwritten.
 */
@Entity
@Table(name = "article")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    @Enumerated(EnumType.STRING)
    private ArticleKind kind;

    @Enumerated(EnumType.STRING)
    private ArticleStatus status;

    @Column(name = "author_id")
    private long authorId;

    @Column(name = "category_id")
    private Long categoryId;

    private String title;

    private String summary;

    @Column(name = "body_markdown")
    private String bodyMarkdown;

    @Column(name = "tag_list")
    private String tagList;

    private String html;

    @Column(name = "toc_json")
    private String toc;

    private String excerpt;

    @Column(name = "plain_text")
    private String plainText;

    @Column(name = "reading_minutes")
    private int readingMinutes;

    @Column(name = "current_revision")
    private int currentRevision;

    @Column(name = "exp_company")
    private String expCompany;

    @Column(name = "exp_role")
    private String expRole;

    @Column(name = "exp_rounds")
    private Integer expRounds;

    @Column(name = "exp_year")
    private Integer expYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "exp_outcome")
    private ExperienceOutcome expOutcome;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "like_count", insertable = false, updatable = false)
    private int likeCount;

    @Column(name = "comment_count", insertable = false, updatable = false)
    private int commentCount;

    @Column(name = "save_count", insertable = false, updatable = false)
    private int saveCount;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected Article() {
    }

    Article(String slug, ArticleKind kind, long authorId, Instant now) {
        this.slug = slug;
        this.kind = kind;
        this.status = ArticleStatus.DRAFT;
        this.authorId = authorId;
        this.title = "";
        this.summary = "";
        this.bodyMarkdown = "";
        this.tagList = "";
        this.createdAt = now;
        this.updatedAt = now;
    }

    boolean isEditableDraftOf(long memberId) {
        return authorId == memberId && status == ArticleStatus.DRAFT;
    }

    void editDraft(ArticleContent content, Long categoryId, List<Tag> tags, Instant now) {
        requireStatus(ArticleStatus.DRAFT);
        this.title = content.title();
        this.summary = content.summary();
        this.bodyMarkdown = content.markdown();
        this.categoryId = categoryId;
        this.tagList = TagList.format(tags);
        setExperience(content.experience());
        this.updatedAt = now;
    }

    void submit(Instant now) {
        requireStatus(ArticleStatus.DRAFT);
        this.status = ArticleStatus.SUBMITTED;
        this.submittedAt = now;
        this.reviewNote = null;
    }

    void withdraw() {
        requireStatus(ArticleStatus.SUBMITTED);
        this.status = ArticleStatus.DRAFT;
    }

    /** Publishes the submitted draft as revision 1. */
    ArticleRevision publish(RenderedMarkdown rendered, long moderatorId, Instant now) {
        requireStatus(ArticleStatus.SUBMITTED);
        this.status = ArticleStatus.PUBLISHED;
        this.publishedAt = now;
        this.reviewNote = null;
        return revise(title, summary, bodyMarkdown, rendered, authorId, null, "First published", now);
    }

    void sendBack(String note, Instant now) {
        requireStatus(ArticleStatus.SUBMITTED);
        this.status = ArticleStatus.DRAFT;
        this.reviewNote = note;
        this.updatedAt = now;
    }

    void reject(String note, Instant now) {
        requireStatus(ArticleStatus.SUBMITTED);
        this.status = ArticleStatus.REJECTED;
        this.reviewNote = note;
        this.updatedAt = now;
    }

    /**
     * Takes a published article out of every public place. Its revisions, slug and publication date stay, and
     * {@code updatedAt} too: hiding is no edit, and the article's "last updated" must not move.
     */
    void hide() {
        requireStatus(ArticleStatus.PUBLISHED);
        this.status = ArticleStatus.HIDDEN;
    }

    /** Puts a hidden article back where it was, as it was. */
    void restore() {
        requireStatus(ArticleStatus.HIDDEN);
        this.status = ArticleStatus.PUBLISHED;
    }

    /**
     * Makes a new numbered revision current. Callers have checked the base revision, so nothing newer is
     * overwritten.
     */
    ArticleRevision revise(String newTitle, String newSummary, String markdown, RenderedMarkdown rendered,
            long editorId, Long creditedId, String note, Instant now) {
        this.title = newTitle;
        this.summary = newSummary;
        this.bodyMarkdown = markdown;
        this.html = rendered.html();
        this.toc = TocCodec.encode(rendered.toc());
        this.excerpt = rendered.excerpt();
        this.plainText = rendered.plainText();
        this.readingMinutes = rendered.readingMinutes();
        this.currentRevision++;
        this.updatedAt = now;
        return new ArticleRevision(id, currentRevision, newTitle, newSummary, markdown, editorId, creditedId,
                note == null ? "" : note, now);
    }

    void retag(List<Tag> tags, Long newCategoryId, Instant now) {
        this.tagList = TagList.format(tags);
        this.categoryId = newCategoryId;
        this.updatedAt = now;
    }

    void rename(String newSlug) {
        this.slug = newSlug;
    }

    private void setExperience(Experience experience) {
        Experience e = kind.isExperience() && experience != null ? experience : Experience.NONE;
        this.expCompany = e.company();
        this.expRole = e.role();
        this.expRounds = e.rounds();
        this.expYear = e.year();
        this.expOutcome = e.outcome();
    }

    private void requireStatus(ArticleStatus expected) {
        if (status != expected) {
            throw new ArticleStateException("Article " + slug + " is " + status + ", not " + expected);
        }
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    ArticleKind getKind() {
        return kind;
    }

    ArticleStatus getStatus() {
        return status;
    }

    long getAuthorId() {
        return authorId;
    }

    Long getCategoryId() {
        return categoryId;
    }

    String getTitle() {
        return title;
    }

    String getSummary() {
        return summary;
    }

    String getBodyMarkdown() {
        return bodyMarkdown;
    }

    String getTagList() {
        return tagList;
    }

    String getHtml() {
        return html;
    }

    String getToc() {
        return toc;
    }

    String getExcerpt() {
        return excerpt;
    }

    String getPlainText() {
        return plainText;
    }

    int getReadingMinutes() {
        return readingMinutes;
    }

    int getCurrentRevision() {
        return currentRevision;
    }

    Experience getExperience() {
        return new Experience(expCompany, expRole, expRounds, expYear, expOutcome);
    }

    String getReviewNote() {
        return reviewNote;
    }

    int getLikeCount() {
        return likeCount;
    }

    int getCommentCount() {
        return commentCount;
    }

    int getSaveCount() {
        return saveCount;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    long getVersion() {
        return version;
    }
}
