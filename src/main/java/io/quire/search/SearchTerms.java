package io.quire.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A search as typed, made safe to hand to a FULLTEXT index. Only runs of letters, combining marks, digits
 * and underscores survive as words, so nothing a reader types can act as a boolean-mode operator
 * ({@code + - > < ( ) ~ * " @}) or a phrase quote, whichever mode the query runs in.
 *
 * @param text      what to show back to the reader: the input, trimmed, cut to {@value #MAX_LENGTH} characters,
 *                  without control characters
 * @param truncated whether the input was longer than {@value #MAX_LENGTH} characters and was cut
 * @param tokens    every word in the text, as typed, at most {@value #MAX_WORDS}
 * @param words     the tokens the index can match: long enough, not too long, and not stop-words
 * @param endsInWord whether the text ends inside a word, which a reader may still be typing
 */
record SearchTerms(String text, boolean truncated, List<String> tokens, List<String> words, boolean endsInWord) {

    static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 32;

    /** InnoDB's built-in stop-word list (the same on MySQL and MariaDB): these words are never indexed. */
    static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com", "de",
            "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to",
            "was", "what", "when", "where", "who", "will", "with", "und", "www");

    /** The shortest prefix worth suggesting titles for: one letter matches nearly everything. */
    static final int MIN_PREFIX = 2;

    /**
     * @param tokenSizes the index's shortest and longest indexed words, as the server is configured
     */
    static SearchTerms parse(String raw, TokenSizes tokenSizes) {
        String input = raw == null ? "" : raw;
        boolean truncated = input.codePointCount(0, input.length()) > MAX_LENGTH;
        if (truncated) {
            input = input.substring(0, input.offsetByCodePoints(0, MAX_LENGTH));
        }
        String cleaned = clean(input);
        String text = cleaned.strip();
        List<String> tokens = tokenize(text);
        List<String> words = tokens.stream().filter(token -> isIndexable(token, tokenSizes)).distinct().toList();
        boolean endsInWord = !cleaned.isEmpty() && isWordChar(cleaned.codePointBefore(cleaned.length()));
        return new SearchTerms(text, truncated, tokens, words, endsInWord);
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    /** Whether any word can match: false for empty input and for input of stop-words or too-short words only. */
    boolean isSearchable() {
        return !words.isEmpty();
    }

    /** The words for a natural-language-mode search: plain words, no operators or quotes. */
    String naturalLanguage() {
        return String.join(" ", words);
    }

    /**
     * A boolean-mode query that requires every word as a word prefix ({@code +java* +str*}), for suggestions
     * while typing. Finished words that the index ignores are left out; the word being typed stays in while it
     * has {@value #MIN_PREFIX} letters, even when it is a stop-word so far ("the" may become "theory").
     *
     * @return an empty string when there is nothing to suggest for
     */
    String prefixQuery(TokenSizes tokenSizes) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean typing = endsInWord && i == tokens.size() - 1;
            boolean wanted = typing ? token.codePointCount(0, token.length()) >= MIN_PREFIX
                    && token.codePointCount(0, token.length()) <= tokenSizes.max()
                    : isIndexable(token, tokenSizes);
            if (wanted) {
                query.append(query.isEmpty() ? "" : " ").append('+').append(token).append('*');
            }
        }
        return query.toString();
    }

    /** The words a title suggestion highlights as prefixes: every token that made it into the prefix query. */
    List<String> prefixes(TokenSizes tokenSizes) {
        List<String> prefixes = new ArrayList<>();
        for (String part : prefixQuery(tokenSizes).split(" ")) {
            if (part.length() > 2) {
                prefixes.add(part.substring(1, part.length() - 1));
            }
        }
        return prefixes;
    }

    private static boolean isIndexable(String token, TokenSizes tokenSizes) {
        int length = token.codePointCount(0, token.length());
        return length >= tokenSizes.min() && length <= tokenSizes.max()
                && !STOPWORDS.contains(Highlighter.fold(token));
    }

    /** Drops control characters and unpaired surrogates, which no reader meant and some encoders choke on. */
    private static String clean(String input) {
        StringBuilder out = new StringBuilder(input.length());
        input.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED
                    || type == Character.FORMAT) {
                out.append(' ');
            }
            else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length() && tokens.size() < MAX_WORDS; ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            }
            else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return tokens;
    }

    /** Letters, combining marks (Devanagari vowel signs, for instance), digits and the underscore. */
    static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || codePoint == '_'
                || Character.getType(codePoint) == Character.NON_SPACING_MARK
                || Character.getType(codePoint) == Character.COMBINING_SPACING_MARK;
    }

    /** The server's {@code innodb_ft_min_token_size} and {@code innodb_ft_max_token_size}. */
    record TokenSizes(int min, int max) {

        static final TokenSizes INNODB_DEFAULTS = new TokenSizes(3, 84);
    }
}
