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

/** A reader's suggested change, optionally anchored to a quoted passage of one paragraph. */
@Entity
@Table(name = "improvement_suggestion")
class Suggestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id")
    private long articleId;

    @Column(name = "author_id")
    private long authorId;

    @Column(name = "base_revision")
    private int baseRevision;

    @Enumerated(EnumType.STRING)
    private SuggestionReason reason;

    private String body;

    private String quote;

    private String replacement;

    private String fingerprint;

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

    protected Suggestion() {
    }

    Suggestion(long articleId, long authorId, int baseRevision, SuggestionReason reason, String body, String quote,
            String replacement, String fingerprint, Instant now) {
        this.articleId = articleId;
        this.authorId = authorId;
        this.baseRevision = baseRevision;
        this.reason = reason;
        this.body = body;
        this.quote = quote;
        this.replacement = replacement;
        this.fingerprint = fingerprint;
        this.status = ProposalStatus.SUBMITTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void queued(long itemId) {
        this.itemId = itemId;
    }

    void decide(ProposalStatus outcome, String note, Instant now) {
        if (status != ProposalStatus.SUBMITTED) {
            throw new IllegalStateException("Suggestion " + id + " is already " + status);
        }
        this.status = outcome;
        this.reviewNote = note;
        this.updatedAt = now;
    }

    void accepted(int revision, String note, Instant now) {
        decide(ProposalStatus.ACCEPTED, note, now);
        this.acceptedRevision = revision;
    }

    /** A moderator undid the decision: the suggestion waits for a decision again. */
    void reopen(Instant now) {
        this.status = ProposalStatus.SUBMITTED;
        this.reviewNote = null;
        this.acceptedRevision = null;
        this.updatedAt = now;
    }

    boolean isAnchored() {
        return fingerprint != null;
    }

    boolean hasReplacement() {
        return quote != null && replacement != null;
    }

    SuggestionView toView(String articleSlug, String articleTitle, String authorName) {
        return new SuggestionView(id, articleId, articleSlug, articleTitle, authorId, authorName, baseRevision, reason, body, quote,
                replacement, status, itemId, reviewNote, createdAt);
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

    String getQuote() {
        return quote;
    }

    String getReplacement() {
        return replacement;
    }

    String getFingerprint() {
        return fingerprint;
    }

    ProposalStatus getStatus() {
        return status;
    }

    Long getItemId() {
        return itemId;
    }

    Integer getAcceptedRevision() {
        return acceptedRevision;
    }
}
