package io.quire.improvement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The paragraphs (blocks separated by blank lines; a fenced code block is one block even with blank lines
 * inside) of an article's Markdown, and their fingerprints. A fingerprint is a hash of the block's text with
 * whitespace runs collapsed, so re-wrapping a paragraph does not change it but editing a word does.
 */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<String> of(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        String fence = null;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            String trimmed = line.strip();
            if (fence == null && trimmed.isEmpty()) {
                flush(block, blocks);
                continue;
            }
            if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = trimmed.substring(0, 3);
            }
            else if (fence != null && trimmed.startsWith(fence)) {
                fence = null;
            }
            block.append(line).append('\n');
        }
        flush(block, blocks);
        return blocks;
    }

    static String fingerprint(String paragraph) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(normalise(paragraph).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM has SHA-256", impossible);
        }
    }

    static Set<String> fingerprints(String markdown) {
        return of(markdown).stream().map(Paragraphs::fingerprint).collect(Collectors.toSet());
    }

    /**
     * The paragraph a quoted passage comes from. A reader quotes rendered text, so Markdown emphasis, code and
     * link marks are ignored when matching; the first paragraph that contains the quote wins.
     */
    static Optional<Located> locate(String markdown, String quote) {
        String wanted = plain(quote);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<String> blocks = of(markdown);
        for (int i = 0; i < blocks.size(); i++) {
            if (plain(blocks.get(i)).contains(wanted)) {
                return Optional.of(new Located(i, blocks.get(i), fingerprint(blocks.get(i))));
            }
        }
        return Optional.empty();
    }

    /** How many times {@code quote} occurs verbatim in {@code text}. */
    static int occurrences(String text, String quote) {
        if (quote == null || quote.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            count++;
        }
        return count;
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String plain(String text) {
        return normalise(text.replaceAll("[*_`~]|\\]\\([^)]*\\)|[\\[\\]]|^#+\\s", "")).toLowerCase(java.util.Locale.ROOT);
    }

    private static void flush(StringBuilder block, List<String> blocks) {
        if (!block.isEmpty()) {
            blocks.add(block.toString().stripTrailing());
            block.setLength(0);
        }
    }

    /** A paragraph found by its quote: its position, its Markdown and its fingerprint. */
    record Located(int index, String markdown, String fingerprint) {
    }
}
