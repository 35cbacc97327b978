package io.quire.markdown;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The lexical rules {@link SyntaxHighlighter} needs for one language: its keywords, quote characters and a few
 * traits. Deliberately shallow: enough to colour keywords, strings, comments and numbers, in one linear pass.
 */
final class Grammar {

    enum Trait {
        /** {@code //} line comments and slash-star block comments. */
        C_COMMENTS,
        /** {@code --} line comments and slash-star block comments. */
        SQL_COMMENTS,
        /** {@code #} starts a comment anywhere outside a string. */
        HASH_COMMENTS,
        /** {@code #} starts a comment only at the start of a word, so {@code $#} and {@code a#b} are not comments. */
        SHELL_COMMENTS,
        /** {@code #include} and friends at the start of a line are keywords. */
        PREPROCESSOR,
        /** Tripled quotes open strings that end at the same triple, across lines. */
        TRIPLE_QUOTES,
        /** Every string may span lines; otherwise only backtick strings do. */
        MULTILINE_STRINGS,
        /** A single quote is a character literal only when it closes right away; otherwise a lifetime or label. */
        CHAR_LITERALS,
        /** A quote right after a letter is an apostrophe in plain text, not the start of a string. */
        PROSE_QUOTES,
        /** A word followed by a colon is a mapping key, highlighted as a keyword. */
        MAPPING_KEYS,
        /** Keywords match regardless of case. */
        IGNORE_CASE,
        /** Tags, attributes and comments of HTML and XML instead of code. */
        MARKUP
    }

    private final Set<String> keywords;

    private final String quotes;

    private final Set<Trait> traits;

    Grammar(String keywords, String quotes, Trait... traits) {
        this.keywords = Set.of(keywords.isEmpty() ? new String[0] : keywords.split(" "));
        this.quotes = quotes;
        this.traits = traits.length == 0 ? EnumSet.noneOf(Trait.class) : EnumSet.of(traits[0], traits);
    }

    boolean has(Trait trait) {
        return traits.contains(trait);
    }

    boolean isQuote(char c) {
        return quotes.indexOf(c) >= 0;
    }

    boolean isKeyword(String word) {
        return keywords.contains(has(Trait.IGNORE_CASE) ? word.toLowerCase(Locale.ROOT) : word);
    }
}
