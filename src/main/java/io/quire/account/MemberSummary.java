package io.quire.account;

/** What other modules need to show a member: a link to the profile and a name. */
public record MemberSummary(long id, String username, String displayName, Role role) {

    public String profilePath() {
        return "/u/" + username;
    }
}
