package io.quire.account;

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

@Entity
@Table(name = "member")
class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String bio;

    @Column(name = "suspended_until")
    private Instant suspendedUntil;

    @Column(name = "suspension_reason")
    private String suspensionReason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Member() {
    }

    Member(String username, String email, String passwordHash, Role role, Instant now) {
        this.username = username;
        this.email = email;
        this.displayName = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = now;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void changeEmail(String newEmail) {
        this.email = newEmail;
    }

    void changeProfile(String displayName, String bio) {
        this.displayName = displayName;
        this.bio = bio;
    }

    RoleChange changeRole(Role newRole, Member by, Instant now) {
        RoleChange change = new RoleChange(this, by, role, newRole, now);
        this.role = newRole;
        return change;
    }

    void suspend(Instant until, String reason) {
        this.suspendedUntil = until;
        this.suspensionReason = reason;
    }

    void liftSuspension() {
        this.suspendedUntil = null;
        this.suspensionReason = null;
    }

    boolean isSuspendedAt(Instant now) {
        return suspendedUntil != null && suspendedUntil.isAfter(now);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    String getBio() {
        return bio;
    }

    Instant getSuspendedUntil() {
        return suspendedUntil;
    }

    String getSuspensionReason() {
        return suspensionReason;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    MemberSummary toSummary() {
        return new MemberSummary(id, username, displayName, role);
    }
}
