/**
 * In-app notifications: a reply to your comment, a comment on your article, a decision on your article or on your
 * report, your article hidden by the moderators (with their reason) or restored, a moderator's warning. They are
 * made by durable {@code @ApplicationModuleListener}s that may run more than once; a unique key per recipient and source event keeps them single. Nobody is notified of their own action.
 * <p>
 * {@link io.quire.notification.NotificationCounts} gives the header's bell its unread count, cached per member
 * for a few seconds; {@code /me/notifications} lists them and marks them read.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account", "article", "comment", "report"})
package io.quire.notification;
