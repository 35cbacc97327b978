package io.quire.markdown;

import java.util.List;
import java.util.Objects;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders Markdown written by members into HTML that is safe to show to everyone.
 * <p>
 * Articles get GitHub-flavoured Markdown (tables, strikethrough, task lists, bare links), anchored headings with a
 * table of contents, highlighted code blocks grouped into language tabs, and lazily loaded images. Comments get
 * the same without headings and images. Raw HTML is shown as text, never interpreted.
 * <p>
 * Thread-safe and meant to be shared: parsers, renderers and sanitizer policies are built once. Rendering is
 * linear in the input; nesting deeper than {@value #MAX_NESTING} levels is kept as text, so hostile input can
 * neither hang nor overflow the stack.
 */
public final class MarkdownRenderer {

    /** The longest article accepted, in characters. */
    public static final int MAX_ARTICLE_CHARS = 200_000;

    /** The longest comment accepted, in characters. */
    public static final int MAX_COMMENT_CHARS = 10_000;

    /** Block and inline nesting beyond this depth stays literal text, far beyond what any real text needs. */
    static final int MAX_NESTING = 32;

    private static final int WORDS_PER_MINUTE = 220;

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), TaskListItemsExtension.create(), AutolinkExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .maxOpenBlockParsers(MAX_NESTING)
            .maxInlineNesting(MAX_NESTING)
            .build();

    private final HtmlRenderer htmlRenderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            // Quotes, brackets and spaces in URLs are sent percent-encoded, as browsers would send them anyway.
            .percentEncodeUrls(true)
            .nodeRendererFactory(context -> new CodeBlockRenderer(context.getWriter()))
            .nodeRendererFactory(AnchoredHeading.Renderer::new)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Image) {
                    attributes.put("loading", "lazy");
                    attributes.put("decoding", "async");
                }
            })
            .build();

    /** Creates a renderer; one instance can serve the whole application. */
    public MarkdownRenderer() {
        // The parser, renderer and policies are stateless after construction; nothing else to set up.
    }

    /**
     * Renders an article.
     *
     * @param markdown the article body, at most {@link #MAX_ARTICLE_CHARS} characters
     * @return the sanitized HTML with its table of contents, reading time, excerpt and plain text
     * @throws MarkdownTooLargeException when the body is longer than allowed
     */
    public RenderedMarkdown render(String markdown) {
        Node document = parse(markdown, MAX_ARTICLE_CHARS, "Articles");
        ContentRules.unwrapUnsafeLinks(document);
        ContentRules.unwrapUnsafeImages(document);
        List<TocEntry> toc = new Outline().anchorHeadings(document);
        CodeTabs.groupAdjacentBlocks(document);
        String plainText = PlainText.of(document);
        int readingMinutes = Math.max(1, Math.round(WordCounter.count(plainText) / (float) WORDS_PER_MINUTE));
        String html = HtmlPolicies.ARTICLE.sanitize(htmlRenderer.render(document));
        return new RenderedMarkdown(html, toc, readingMinutes, PlainText.excerpt(document, plainText), plainText);
    }

    /**
     * Renders a comment: like an article, but headings become bold paragraphs and images become links.
     *
     * @param markdown the comment, at most {@link #MAX_COMMENT_CHARS} characters
     * @return the sanitized HTML
     * @throws MarkdownTooLargeException when the comment is longer than allowed
     */
    public String renderComment(String markdown) {
        Node document = parse(markdown, MAX_COMMENT_CHARS, "Comments");
        ContentRules.unwrapUnsafeLinks(document);
        ContentRules.imagesToLinks(document);
        ContentRules.headingsToBoldParagraphs(document);
        CodeTabs.groupAdjacentBlocks(document);
        return HtmlPolicies.COMMENT.sanitize(htmlRenderer.render(document));
    }

    private Node parse(String markdown, int limit, String what) {
        Objects.requireNonNull(markdown, "markdown");
        if (markdown.length() > limit) {
            throw new MarkdownTooLargeException(what, limit, markdown.length());
        }
        return parser.parse(markdown);
    }
}
