package io.quire.comment;

/**
 * A comment was not posted or changed for a reason the member can act on (too many comments in a minute, a
 * suspension, a reply to a comment that is gone). The message {@link #code()} belongs next to the text field.
 */
public class CommentRefused extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    CommentRefused(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
