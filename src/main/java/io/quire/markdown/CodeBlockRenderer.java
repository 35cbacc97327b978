package io.quire.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders code blocks as labelled, highlighted figures with a copy button, and groups of them as tabs.
 * <p>
 * Everything works without JavaScript: the copy button and the tab list are rendered {@code hidden} and every
 * panel is visible with its own label. {@code code-blocks.js} reveals the controls and hides inactive panels.
 */
final class CodeBlockRenderer implements NodeRenderer {

    private final HtmlWriter html;

    CodeBlockRenderer(HtmlWriter html) {
        this.html = html;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class, IndentedCodeBlock.class, CodeTabs.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof CodeTabs tabs) {
            renderTabs(tabs);
        }
        else if (node instanceof FencedCodeBlock block) {
            renderFigure(LanguageTag.of(block.getInfo()), block.getLiteral());
        }
        else {
            renderFigure(Optional.empty(), ((IndentedCodeBlock) node).getLiteral());
        }
    }

    private void renderFigure(Optional<LanguageTag> language, String code) {
        html.line();
        html.tag("figure", language.map(tag -> attributes("class", "code", "data-lang", tag.id()))
                .orElseGet(() -> attributes("class", "code")));
        language.ifPresent(tag -> {
            html.tag("figcaption", attributes("class", "code-label"));
            html.text(tag.label());
            html.tag("/figcaption");
        });
        html.tag("button", attributes("type", "button", "class", "code-copy", "hidden", ""));
        html.text("Copy");
        html.tag("/button");
        html.tag("pre");
        html.tag("code", language.map(tag -> attributes("class", "language-" + tag.id())).orElseGet(Map::of));
        html.raw(SyntaxHighlighter.highlight(code, language.map(LanguageTag::grammar).orElse(null)));
        html.tag("/code");
        html.tag("/pre");
        html.tag("/figure");
        html.line();
    }

    private void renderTabs(CodeTabs tabs) {
        List<FencedCodeBlock> blocks = NodeWalk.descendants(tabs, FencedCodeBlock.class);
        html.line();
        html.tag("div", attributes("class", "code-tabs", "data-tabs", ""));
        html.tag("div", attributes("class", "code-tablist", "role", "tablist", "hidden", ""));
        boolean first = true;
        for (FencedCodeBlock block : blocks) {
            LanguageTag tag = LanguageTag.of(block.getInfo()).orElseThrow();
            html.tag("button", attributes("type", "button", "class", "code-tab", "role", "tab",
                    "data-lang", tag.id(), "aria-selected", String.valueOf(first)));
            html.text(tag.label());
            html.tag("/button");
            first = false;
        }
        html.tag("/div");
        for (FencedCodeBlock block : blocks) {
            LanguageTag tag = LanguageTag.of(block.getInfo()).orElseThrow();
            html.tag("div", attributes("class", "code-panel", "role", "tabpanel", "data-lang", tag.id()));
            renderFigure(Optional.of(tag), block.getLiteral());
            html.tag("/div");
        }
        html.tag("/div");
        html.line();
    }

    // Insertion order keeps the markup stable and readable.
    private static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return attributes;
    }
}
