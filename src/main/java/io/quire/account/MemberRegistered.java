package io.quire.account;

/** Published after a new member's account is committed. */
public record MemberRegistered(long memberId, String username) {
}
