package io.quire.article;

/** A change was prepared against an older revision than the current one. */
public class StaleRevisionException extends RuntimeException {

    private final int base;
    private final int current;

    public StaleRevisionException(int base, int current) {
        super("Prepared against revision " + base + " but the article is at revision " + current);
        this.base = base;
        this.current = current;
    }

    public int base() {
        return base;
    }

    public int current() {
        return current;
    }
}
