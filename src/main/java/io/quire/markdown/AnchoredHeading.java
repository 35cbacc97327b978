package io.quire.markdown;

import java.util.Map;
import java.util.Set;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A heading that knows its anchor. It replaces commonmark's heading in the tree so the id is decided once, in the
 * same pass that builds the table of contents, and the HTML cannot disagree with it.
 */
final class AnchoredHeading extends CustomBlock {

    private final int level;

    private final String anchor;

    AnchoredHeading(int level, String anchor) {
        this.level = level;
        this.anchor = anchor;
    }

    int level() {
        return level;
    }

    String anchor() {
        return anchor;
    }

    /** Writes {@code <hN id="anchor">…</hN>}. */
    static final class Renderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(AnchoredHeading.class);
        }

        @Override
        public void render(Node node) {
            AnchoredHeading heading = (AnchoredHeading) node;
            String tag = "h" + heading.level();
            HtmlWriter html = context.getWriter();
            html.line();
            html.tag(tag, Map.of("id", heading.anchor()));
            Node child = heading.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.tag("/" + tag);
            html.line();
        }
    }
}
