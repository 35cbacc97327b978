package io.quire.markdown;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The text a reader sees, without markup: for search indexing, word counts, heading labels and excerpts.
 */
final class PlainText {

    static final int EXCERPT_LENGTH = 160;

    private PlainText() {
    }

    /** The text below {@code root}, one line per block, code and escaped HTML included since readers see them. */
    static String of(Node root) {
        StringBuilder text = new StringBuilder();
        for (Node node = root.getFirstChild(); node != null; node = NodeWalk.following(root, node)) {
            if (node instanceof Block || node instanceof TableRow) {
                separate(text, '\n');
            }
            else if (node instanceof TableCell) {
                separate(text, ' ');
            }
            text.append(literal(node));
        }
        return text.toString().strip();
    }

    /**
     * About {@value #EXCERPT_LENGTH} characters of the document's prose (paragraphs, not headings, code or tables),
     * or of {@code fallback} when it has none.
     */
    static String excerpt(Node document, String fallback) {
        StringBuilder prose = new StringBuilder();
        for (Paragraph paragraph : NodeWalk.descendants(document, Paragraph.class)) {
            if (prose.length() > 2 * EXCERPT_LENGTH) {
                break;
            }
            prose.append(of(paragraph)).append(' ');
        }
        return shorten(prose.toString().isBlank() ? fallback : prose.toString(), EXCERPT_LENGTH);
    }

    /**
     * Collapses whitespace and, when the result is longer than {@code max}, cuts it at the last space before
     * {@code max} (or at {@code max} for text without spaces, such as Chinese), drops dangling punctuation and
     * adds an ellipsis. Stops reading once it has enough, so long documents cost nothing extra.
     */
    static String shorten(String text, int max) {
        StringBuilder result = new StringBuilder(max + 1);
        boolean pendingSpace = false;
        for (int i = 0; i < text.length() && result.length() <= max; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = result.length() > 0;
            }
            else {
                if (pendingSpace) {
                    result.append(' ');
                    pendingSpace = false;
                }
                result.append(c);
            }
        }
        if (result.length() <= max) {
            return result.toString();
        }
        int cut = result.lastIndexOf(" ", max);
        if (cut < max / 2) {
            cut = Character.isLowSurrogate(result.charAt(max)) ? max - 1 : max;
        }
        result.setLength(cut);
        while (result.length() > 0 && ",;:.-–—([{ ".indexOf(result.charAt(result.length() - 1)) >= 0) {
            result.setLength(result.length() - 1);
        }
        return result.append('…').toString();
    }

    private static void separate(StringBuilder text, char separator) {
        if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
            text.append(separator);
        }
    }

    private static String literal(Node node) {
        if (node instanceof Text text) {
            return text.getLiteral();
        }
        if (node instanceof Code code) {
            return code.getLiteral();
        }
        if (node instanceof FencedCodeBlock code) {
            return code.getLiteral();
        }
        if (node instanceof IndentedCodeBlock code) {
            return code.getLiteral();
        }
        if (node instanceof HtmlBlock html) {
            return html.getLiteral();
        }
        if (node instanceof HtmlInline html) {
            return html.getLiteral();
        }
        if (node instanceof SoftLineBreak) {
            return " ";
        }
        if (node instanceof HardLineBreak) {
            return "\n";
        }
        return "";
    }
}
