package io.quire.improvement;

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

/** An improvement: a member's whole new text for an article, against the revision it started from. */
@Entity
@Table(name = "improvement_proposal")
class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id")
    private long articleId;

    @Column(name = "pick_id")
    private long pickId;

    @Column(name = "author_id")
    private long authorId;

    @Column(name = "base_revision")
    private int baseRevision;

    private String title;

    private String summary;

    @Column(name = "body_markdown")
    private String markdown;

    @Column(name = "change_summary")
    private String changeSummary;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "accepted_revision")
    private Integer acceptedRevision;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Proposal() {
    }

    Proposal(Pick pick, int baseRevision, String title, String summary, String markdown, Instant now) {
        this.articleId = pick.getArticleId();
        this.pickId = pick.getId();
        this.authorId = pick.getMemberId();
        this.baseRevision = baseRevision;
        this.title = title;
        this.summary = summary;
        this.markdown = markdown;
        this.status = ProposalStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    boolean isEditable() {
        return status == ProposalStatus.DRAFT || status == ProposalStatus.SENT_BACK;
    }

    void edit(ImprovementForm form, Instant now) {
        requireEditable();
        this.title = form.title().strip();
        this.summary = form.summary() == null ? "" : form.summary().strip();
        this.markdown = form.markdown();
        this.changeSummary = form.changeSummary() == null ? null : form.changeSummary().strip();
        this.updatedAt = now;
    }

    void submit(long itemId, Instant now) {
        requireEditable();
        this.status = ProposalStatus.SUBMITTED;
        this.itemId = itemId;
        this.updatedAt = now;
    }

    void withdraw(Instant now) {
        if (!status.isOpen()) {
            throw new IllegalStateException("Proposal " + id + " is already " + status);
        }
        decide(ProposalStatus.WITHDRAWN, null, now);
    }

    /** The moderator's decision: ACCEPTED with the revision it became, or REJECTED / SENT_BACK with a note. */
    void decide(ProposalStatus outcome, String note, Instant now) {
        if (status != ProposalStatus.SUBMITTED && outcome != ProposalStatus.WITHDRAWN) {
            throw new IllegalStateException("Proposal " + id + " is " + status + ", not submitted");
        }
        this.status = outcome;
        this.reviewNote = note;
        this.updatedAt = now;
    }

    void accepted(int revision, String finalTitle, String finalSummary, String finalMarkdown, String note,
            Instant now) {
        decide(ProposalStatus.ACCEPTED, note, now);
        this.acceptedRevision = revision;
        this.title = finalTitle;
        this.summary = finalSummary;
        this.markdown = finalMarkdown;
    }

    /** A moderator undid the decision: the proposal waits for a decision again, with the text as it was accepted. */
    void reopen(Instant now) {
        this.status = ProposalStatus.SUBMITTED;
        this.reviewNote = null;
        this.acceptedRevision = null;
        this.updatedAt = now;
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw new IllegalStateException("Proposal " + id + " is " + status + " and can no longer change");
        }
    }

    Long getId() {
        return id;
    }

    long getArticleId() {
        return articleId;
    }

    long getPickId() {
        return pickId;
    }

    long getAuthorId() {
        return authorId;
    }

    int getBaseRevision() {
        return baseRevision;
    }

    String getTitle() {
        return title;
    }

    String getSummary() {
        return summary;
    }

    String getMarkdown() {
        return markdown;
    }

    String getChangeSummary() {
        return changeSummary;
    }

    ProposalStatus getStatus() {
        return status;
    }

    Long getItemId() {
        return itemId;
    }

    String getReviewNote() {
        return reviewNote;
    }

    Integer getAcceptedRevision() {
        return acceptedRevision;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
