package io.quire.report;

/**
 * The reported article or comment, as far as reports need it.
 *
 * @param title the article's title (for a comment: the title of its article)
 * @param path where readers see it
 * @param articleSlug the article it is or belongs to, for the report form's way back
 */
public record ReportTarget(TargetType type, long id, long authorId, String title, String path, String articleSlug,
        Long categoryId) {

    public boolean isComment() {
        return type == TargetType.COMMENT;
    }

    /** The review page's path, named by the target so it stays the same for every report on it. */
    public String reviewPath() {
        return "/reports/" + type.subject() + "/" + id;
    }

    /** Groups the open reports on this target into one moderation item. */
    String clusterKey() {
        return "report:" + type.subject() + ":" + id;
    }
}
