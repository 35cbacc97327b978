/**
 * Markdown to sanitized HTML, rendered once when content is written and stored by its owner.
 * <p>
 * {@link io.quire.markdown.MarkdownRenderer} turns an article into a {@link io.quire.markdown.RenderedMarkdown}
 * (HTML, table of contents, reading time, excerpt and plain text for full-text search) and a comment into a
 * smaller HTML subset. {@link io.quire.markdown.WordCounter} counts words the same way everywhere (reading time,
 * the word limits on suggestions).
 * <p>
 * Safety comes in three layers: raw HTML in Markdown is escaped, links and images with unsafe URLs are unwrapped
 * in the syntax tree, and the final HTML passes an allowlist sanitizer that knows exactly what this module emits.
 * Heading ids carry the prefix {@code h-} so that no article can take an id the page itself uses (htmx targets,
 * {@code #main}). Code blocks come with a label, server-side syntax highlighting and, for consecutive blocks in
 * different languages, a tab group; {@code static/js/code-blocks.js} and {@code static/css/code.css} enhance them.
 * <p>
 * Pure functions over strings: this module depends on no other.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Markdown", allowedDependencies = {})
package io.quire.markdown;
