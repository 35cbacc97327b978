package io.quire.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An audit record: who changed whose role, when, and from what to what. Never changed once written. */
@Entity
@Table(name = "member_role_change")
class RoleChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by")
    private Member changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_role")
    private Role oldRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_role")
    private Role newRole;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected RoleChange() {
    }

    RoleChange(Member member, Member changedBy, Role oldRole, Role newRole, Instant changedAt) {
        this.member = member;
        this.changedBy = changedBy;
        this.oldRole = oldRole;
        this.newRole = newRole;
        this.changedAt = changedAt;
    }

    RoleChangeView toView() {
        return new RoleChangeView(member.getUsername(), changedBy.getUsername(), oldRole, newRole, changedAt);
    }
}
