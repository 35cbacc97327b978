package io.quire.account;

/** Roles in a hierarchy: every moderator is also a member, every admin also a moderator. */
public enum Role {
    MEMBER, MODERATOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
