package io.quire.account;

/** A business rule the registration broke, reported next to {@link #field()} with the message {@link #code()}. */
class RegistrationConflict extends RuntimeException {

    private final String field;
    private final String code;

    RegistrationConflict(String field, String code) {
        super(field + ": " + code);
        this.field = field;
        this.code = code;
    }

    String field() {
        return field;
    }

    String code() {
        return code;
    }
}
