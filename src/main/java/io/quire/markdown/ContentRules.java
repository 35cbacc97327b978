package io.quire.markdown;

import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Edits to the Markdown tree that keep the reader's text while removing what user content may not do. Done on
 * the tree rather than left to the HTML sanitizer alone, because the sanitizer drops a bad link together with its
 * meaning while here its text survives as plain text.
 */
final class ContentRules {

    private ContentRules() {
    }

    /** Links to anything but http, https, mailto or this site become their plain text. */
    static void unwrapUnsafeLinks(Node document) {
        for (Link link : NodeWalk.descendants(document, Link.class)) {
            if (!SafeUrls.isSafeLink(link.getDestination())) {
                NodeWalk.unwrap(link);
            }
        }
    }

    /** Images from disallowed URLs (svg or html data, javascript:, …) become their alt text. */
    static void unwrapUnsafeImages(Node document) {
        for (Image image : NodeWalk.descendants(document, Image.class)) {
            if (!SafeUrls.isSafeImage(image.getDestination())) {
                NodeWalk.unwrap(image);
            }
        }
    }

    /**
     * Comments show no images: each becomes a link to the image labelled with its alt text (or its address when
     * the alt text is empty), or just the alt text when the image cannot be linked to, as with data URLs.
     */
    static void imagesToLinks(Node document) {
        for (Image image : NodeWalk.descendants(document, Image.class)) {
            String url = image.getDestination();
            if (!SafeUrls.isLinkableImage(url) || isInsideLink(image)) {
                NodeWalk.unwrap(image);
                continue;
            }
            Link link = new Link(url, image.getTitle());
            NodeWalk.moveChildren(image, link);
            if (link.getFirstChild() == null) {
                link.appendChild(new Text(url));
            }
            image.insertBefore(link);
            image.unlink();
        }
    }

    // A link cannot contain another link, so an image that is already linked keeps only its alt text.
    private static boolean isInsideLink(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Link) {
                return true;
            }
        }
        return false;
    }

    /** Comments have no headings, so that they cannot look like part of the page; a heading becomes bold text. */
    static void headingsToBoldParagraphs(Node document) {
        for (Heading heading : NodeWalk.descendants(document, Heading.class)) {
            if (heading.getFirstChild() != null) {
                StrongEmphasis strong = new StrongEmphasis("**");
                NodeWalk.moveChildren(heading, strong);
                Paragraph paragraph = new Paragraph();
                paragraph.appendChild(strong);
                heading.insertBefore(paragraph);
            }
            heading.unlink();
        }
    }
}
