package io.quire.reaction;

/** A reading-list change the member can correct, with the message {@link #code()} for the field at fault. */
class ListRefused extends RuntimeException {

    private final String field;
    private final String code;

    ListRefused(String field, String code) {
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
