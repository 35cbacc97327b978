package io.quire.moderation;

/**
 * What an owner module tells the queue when it opens an item.
 *
 * @param kind what kind of work this is
 * @param subjectType the owner's name for the subject, e.g. {@code "article"} or {@code "comment"}
 * @param subjectId the subject's id in the owner's tables
 * @param title what moderators see in the queue (at most 200 characters are kept)
 * @param reviewPath the local path of the owner's page where a moderator decides, e.g. {@code /articles/x/review}
 * @param categoryId the subject's category for filtering, or {@code null}
 * @param categoryName the category's name as shown in the filter, or {@code null}
 * @param submitterId the member who submitted or reported
 * @param priority how urgent; {@code null} means {@link Priority#MEDIUM}
 * @param clusterKey groups duplicates: opening an item whose key matches an open item adds the submitter to
 *        that item instead (e.g. {@code "comment:42"} for reports of one comment), raising its priority to this one when higher; {@code null} for none
 * @param reason the submitter's reason or summary, e.g. a report reason code; may be {@code null}
 */
public record NewItem(ItemKind kind, String subjectType, long subjectId, String title, String reviewPath,
        Long categoryId, String categoryName, long submitterId, Priority priority, String clusterKey,
        String reason) {
}
