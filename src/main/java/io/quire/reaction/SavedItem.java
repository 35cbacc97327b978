package io.quire.reaction;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An article a member saved, in one of their lists, with an optional note. Rows are inserted with
 * {@code INSERT IGNORE} by {@link ReadingLists} so that a double click saves once.
 */
@Entity
@Table(name = "saved_item")
class SavedItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "list_id")
    private long listId;

    @Column(name = "member_id")
    private long memberId;

    @Column(name = "article_id")
    private long articleId;

    private String note;

    @Column(name = "saved_at")
    private Instant savedAt;

    protected SavedItem() {
    }

    void moveTo(long otherListId) {
        this.listId = otherListId;
    }

    void annotate(String text) {
        this.note = text == null || text.isBlank() ? null : text.strip();
    }

    boolean isOwnedBy(long member) {
        return memberId == member;
    }

    Long getId() {
        return id;
    }

    long getListId() {
        return listId;
    }

    long getArticleId() {
        return articleId;
    }

    String getNote() {
        return note;
    }

    Instant getSavedAt() {
        return savedAt;
    }
}
