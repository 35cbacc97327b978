package io.quire.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns stored plain text into safe HTML with the searched words in {@code <mark>}. Matches are found in the
 * raw text, then every piece of it is HTML-escaped and only the marks this class writes are markup, so no
 * content can inject any: not an article's {@code <script>}, and not a search for "amp" or "lt", which
 * marking already-escaped text would break into half an entity.
 * <p>
 * Matching ignores case and accents, as the database's {@code utf8mb4_unicode_ci} collation does, so "cafe"
 * marks "Café". Folding maps each UTF-16 char to exactly one char, so positions in the folded text are
 * positions in the original.
 */
final class Highlighter {

    static final int SNIPPET_LENGTH = 240;
    private static final int LEAD = 70;
    private static final String ELLIPSIS = "…";

    private Highlighter() {
    }

    /** The whole text, escaped, with whole-word matches marked, or word-prefix matches when {@code prefixes}. */
    static String highlight(String text, Collection<String> words, boolean prefixes) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return render(text, 0, text.length(), matches(text, words, prefixes));
    }

    /**
     * About {@value #SNIPPET_LENGTH} characters of {@code text} around its first match, cut at spaces, with
     * ellipses where text was left out and every match in it marked.
     *
     * @return {@code null} when no word occurs in the text
     */
    static String snippet(String text, Collection<String> words) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<int[]> matches = matches(text, words, false);
        if (matches.isEmpty()) {
            return null;
        }
        int first = matches.get(0)[0];
        int start = Math.max(0, first - LEAD);
        if (start > 0) {
            int space = indexOfWhitespace(text, start, first);
            start = space < 0 ? start : space + 1;
        }
        int end = Math.min(text.length(), start + SNIPPET_LENGTH);
        if (end < text.length()) {
            int space = lastIndexOfWhitespace(text, matches.get(0)[1], end);
            end = space < 0 ? end : space;
        }
        start = avoidSplittingPair(text, start);
        end = avoidSplittingPair(text, end);
        return (start > 0 ? ELLIPSIS : "") + render(text, start, end, matches).strip()
                + (end < text.length() ? ELLIPSIS : "");
    }

    /** The beginning of {@code text}, escaped and cut at a space, for results with no match in their body. */
    static String opening(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int end = Math.min(text.length(), SNIPPET_LENGTH);
        if (end < text.length()) {
            int space = lastIndexOfWhitespace(text, SNIPPET_LENGTH / 2, end);
            end = avoidSplittingPair(text, space < 0 ? end : space);
        }
        return escape(text.substring(0, end)).strip() + (end < text.length() ? ELLIPSIS : "");
    }

    /**
     * Lower case without accents, one char for one char: {@code É} becomes {@code e}; chars whose
     * lower case or decomposition is longer than one char (such as {@code ß}) stay as they are.
     */
    static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c > 0x7f && !Character.isSurrogate(c)) {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                if (decomposed.length() > 1 && decomposed.codePoints().skip(1)
                        .allMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK)) {
                    c = decomposed.charAt(0);
                }
            }
            folded[i] = c;
        }
        return new String(folded);
    }

    /** Start and end of every match, in order, not overlapping; at each position the longest word wins. */
    private static List<int[]> matches(String text, Collection<String> words, boolean prefixes) {
        List<int[]> found = new ArrayList<>();
        List<String> folded = words.stream().filter(w -> !w.isEmpty()).map(Highlighter::fold).distinct().toList();
        if (folded.isEmpty()) {
            return found;
        }
        String haystack = fold(text);
        int i = 0;
        while (i < haystack.length()) {
            int length = atWordStart(haystack, i) ? longestMatch(haystack, i, folded, prefixes) : 0;
            if (length > 0) {
                int end = i + length;
                if (prefixes) {
                    while (end < haystack.length() && SearchTerms.isWordChar(haystack.codePointAt(end))) {
                        end += Character.charCount(haystack.codePointAt(end));
                    }
                }
                found.add(new int[] {i, i + length});
                i = end;
            }
            else {
                i++;
            }
        }
        return found;
    }

    private static int longestMatch(String haystack, int at, List<String> words, boolean prefixes) {
        int best = 0;
        for (String word : words) {
            if (word.length() > best && haystack.startsWith(word, at)
                    && (prefixes || !continuesWord(haystack, at + word.length()))) {
                best = word.length();
            }
        }
        return best;
    }

    private static boolean atWordStart(String text, int at) {
        return at == 0 || !Character.isLowSurrogate(text.charAt(at)) && !SearchTerms.isWordChar(text.codePointBefore(at));
    }

    private static boolean continuesWord(String text, int at) {
        return at < text.length() && SearchTerms.isWordChar(text.codePointAt(at));
    }

    private static String render(String text, int start, int end, List<int[]> matches) {
        StringBuilder html = new StringBuilder();
        int at = start;
        for (int[] match : matches) {
            if (match[0] < start || match[1] > end) {
                continue;
            }
            html.append(escape(text.substring(at, match[0])))
                    .append("<mark>").append(escape(text.substring(match[0], match[1]))).append("</mark>");
            at = match[1];
        }
        return html.append(escape(text.substring(at, end))).toString();
    }

    /** HTML-escapes and collapses runs of whitespace, line breaks included, into one space. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text.replaceAll("\\s+", " "), "UTF-8");
    }

    private static int indexOfWhitespace(String text, int from, int before) {
        for (int i = from; i < before; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfWhitespace(String text, int after, int before) {
        for (int i = before; i > after; i--) {
            if (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int avoidSplittingPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }
}
