/**
 * Articles: authoring (drafts, submission, review), immutable numbered revisions with history and diffs,
 * categories, tags and article kinds. Rendering happens here, once, on write, through the markdown module;
 * the reading side only ever loads stored HTML.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account", "markdown", "moderation"})
package io.quire.article;
