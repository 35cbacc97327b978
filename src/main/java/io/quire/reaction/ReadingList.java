package io.quire.reaction;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's named reading list. The default list ("Saved") is made on the first save and cannot be deleted. */
@Entity
@Table(name = "reading_list")
class ReadingList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id")
    private long memberId;

    private String name;

    /** The member's id on their default list, {@code null} on the others (unique, so one default each). */
    @Column(name = "default_for")
    private Long defaultFor;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ReadingList() {
    }

    ReadingList(long memberId, String name, Instant now) {
        this.memberId = memberId;
        this.name = name;
        this.createdAt = now;
    }

    void rename(String newName) {
        this.name = newName;
    }

    boolean isDefault() {
        return defaultFor != null;
    }

    boolean isOwnedBy(long member) {
        return memberId == member;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }
}
