package io.quire.report;

/**
 * A moderator warned a member about an article or comment they wrote, after reports of it.
 *
 * @param itemId the moderation item of the reports
 * @param title the article's title (for a comment, the title of its article)
 * @param link where the warned-about item is
 * @param reason the moderator's reason, which the author is shown
 */
public record AuthorWarned(long itemId, long authorId, String title, String link, String reason, long moderatorId) {
}
