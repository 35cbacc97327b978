package io.quire.markdown;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Gives every heading of one article a unique, readable ASCII id and collects the table of contents. A heading
 * written with {@code #} becomes an h2 because the page's own title is the only h1.
 * One instance per document: it remembers the ids already handed out.
 */
final class Outline {

    /** Keeps article ids apart from the page's own ({@code main}, htmx targets such as {@code comments}). */
    static final String ID_PREFIX = "h-";

    private static final int MAX_SLUG_LENGTH = 60;

    private final Set<String> taken = new HashSet<>();

    // The last suffix tried per base id, so a thousand headings called "Example" stay linear.
    private final Map<String, Integer> lastSuffix = new HashMap<>();

    /** Replaces the headings of {@code document} with anchored ones and returns its h2 and h3 entries. */
    List<TocEntry> anchorHeadings(Node document) {
        List<TocEntry> toc = new ArrayList<>();
        for (Heading heading : NodeWalk.descendants(document, Heading.class)) {
            int level = Math.max(2, heading.getLevel());
            String text = PlainText.of(heading).replaceAll("\\s+", " ");
            AnchoredHeading anchored = new AnchoredHeading(level, unique(slug(text)));
            NodeWalk.moveChildren(heading, anchored);
            heading.insertBefore(anchored);
            heading.unlink();
            if (level <= 3) {
                toc.add(new TocEntry(level, anchored.anchor(), text));
            }
        }
        return toc;
    }

    /**
     * Lower-case ASCII words joined by hyphens: accents are dropped ("Café" gives "cafe"), apostrophes vanish
     * ("Don't" gives "dont"), anything else separates words. Text with no ASCII letters or digits at all, such
     * as a Japanese heading, falls back to "section".
     */
    static String slug(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < decomposed.length() && slug.length() < MAX_SLUG_LENGTH; i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            }
            else if (c != '\'' && c != '’' && Character.getType(c) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        return ID_PREFIX + (slug.length() == 0 ? "section" : slug);
    }

    private String unique(String id) {
        if (taken.add(id)) {
            return id;
        }
        int suffix = lastSuffix.getOrDefault(id, 1);
        String candidate;
        do {
            suffix++;
            candidate = id + "-" + suffix;
        }
        while (!taken.add(candidate));
        lastSuffix.put(id, suffix);
        return candidate;
    }
}
