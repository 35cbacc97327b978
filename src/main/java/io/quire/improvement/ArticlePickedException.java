package io.quire.improvement;

/** Someone else is improving the article; {@code holder} is null when they picked it a moment ago. */
public class ArticlePickedException extends RuntimeException {

    private final transient PickView holder;

    ArticlePickedException(PickView holder) {
        super(holder == null ? "The article was just picked" : "Picked by " + holder.memberName());
        this.holder = holder;
    }

    public PickView holder() {
        return holder;
    }
}
