/**
 * The moderation queue: one list of review work for every kind of subject — article submissions,
 * improvements, suggestions, reports and held comments.
 * <p>
 * The module knows nothing of the subjects' insides. An owner module opens an item with
 * {@link io.quire.moderation.ModerationQueue#open(NewItem)}, names the page where a moderator decides
 * ({@code reviewPath}), and when the moderator decides there, applies the outcome in its own service and calls
 * {@link io.quire.moderation.ModerationQueue#resolve} <em>in the same transaction</em>. The item's version makes
 * exactly one of two concurrent decisions win; the other gets {@link io.quire.moderation.ItemAlreadyDecidedException}
 * naming the winner, and its transaction rolls back with everything the owner changed.
 * <p>
 * Owners put {@code moderation/fragments :: decision-form(item, outcomes, action)} and
 * {@code moderation/fragments :: claim-banner(item)} on their review pages and bind the posted decision to
 * {@link io.quire.moderation.DecisionForm}. {@link io.quire.moderation.ItemResolved} and
 * {@link io.quire.moderation.ItemReopened} tell other modules (notifications) what was decided.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account"})
package io.quire.moderation;
