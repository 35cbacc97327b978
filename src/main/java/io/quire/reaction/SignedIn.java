package io.quire.reaction;

import io.quire.account.QuireUser;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** For pages anyone may request but only members can use: an anonymous visitor is sent to log in and back. */
final class SignedIn {

    private SignedIn() {
    }

    static QuireUser required(QuireUser user) {
        if (user == null) {
            throw new AuthenticationCredentialsNotFoundException("Log in to continue");
        }
        return user;
    }
}
