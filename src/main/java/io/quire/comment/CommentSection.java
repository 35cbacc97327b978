package io.quire.comment;

/**
 * The comments section of an article page ({@code comment/fragments :: comments}): a page of comments, the
 * form for a new one, and who is looking.
 */
public record CommentSection(long articleId, String articleSlug, CommentThreadPage page, CommentViewer viewer,
        CommentFormView form) {

    /** Every order the list can be shown in, for the sort links. */
    public java.util.List<CommentSort> sorts() {
        return java.util.List.of(CommentSort.values());
    }

    public CommentSort sort() {
        return page.sort();
    }

    public String commentsPath() {
        return "/articles/" + articleSlug + "/comments";
    }

    /** Where an anonymous reader logs in to come back to the comments. */
    public String loginPath() {
        // Slugs are URL-safe; only the fragment mark needs escaping inside the parameter.
        return "/login?next=/articles/" + articleSlug + "%23comments";
    }
}
