package io.quire.markdown;

import static io.quire.markdown.Grammar.Trait.CHAR_LITERALS;
import static io.quire.markdown.Grammar.Trait.C_COMMENTS;
import static io.quire.markdown.Grammar.Trait.HASH_COMMENTS;
import static io.quire.markdown.Grammar.Trait.MAPPING_KEYS;
import static io.quire.markdown.Grammar.Trait.MARKUP;
import static io.quire.markdown.Grammar.Trait.MULTILINE_STRINGS;
import static io.quire.markdown.Grammar.Trait.PREPROCESSOR;
import static io.quire.markdown.Grammar.Trait.PROSE_QUOTES;
import static io.quire.markdown.Grammar.Trait.SHELL_COMMENTS;
import static io.quire.markdown.Grammar.Trait.SQL_COMMENTS;
import static io.quire.markdown.Grammar.Trait.TRIPLE_QUOTES;

/**
 * Turns source code into escaped HTML with {@code <span class="tok-…">} around keywords, strings, comments and
 * numbers (and tag names in markup). A hand-written scanner rather than regular expressions: every step consumes
 * at least one character and never looks back further than the current line's indentation, so the time is linear
 * in the input whatever it contains, and an unterminated string or comment simply runs to the end.
 */
final class SyntaxHighlighter {

    private static final String KEYWORD = "tok-kw";

    private static final String STRING = "tok-str";

    private static final String COMMENT = "tok-com";

    private static final String NUMBER = "tok-num";

    // The longest character literal worth recognising, quotes included: a Rust escape of six hex digits in braces.
    private static final int MAX_CHAR_LITERAL = 12;

    private final String src;

    private final int end;

    private final Grammar grammar;

    private final StringBuilder out;

    private int pos;

    private SyntaxHighlighter(String src, Grammar grammar) {
        this.src = src;
        this.end = src.length();
        this.grammar = grammar;
        this.out = new StringBuilder(src.length() + src.length() / 2);
    }

    /** The code as HTML, highlighted when a grammar is given, otherwise only escaped. */
    static String highlight(String code, Grammar grammar) {
        SyntaxHighlighter highlighter = new SyntaxHighlighter(code, grammar);
        if (grammar == null) {
            highlighter.escape(0, code.length());
        }
        else if (grammar.has(MARKUP)) {
            highlighter.scanMarkup();
        }
        else {
            highlighter.scanCode();
        }
        return highlighter.out.toString();
    }

    private void scanCode() {
        while (pos < end) {
            int start = pos;
            String token = codeToken();
            if (token == null) {
                escape(start, pos);
            }
            else {
                span(token, start, pos);
            }
        }
    }

    // Advances past one token and names its class, or past one plain character and returns null.
    private String codeToken() {
        char c = src.charAt(pos);
        boolean slashComments = grammar.has(C_COMMENTS) || grammar.has(SQL_COMMENTS);
        if (slashComments && c == '/' && at("/*", pos)) {
            return through("*/", pos + 2, COMMENT);
        }
        if (grammar.has(C_COMMENTS) && at("//", pos) || grammar.has(SQL_COMMENTS) && at("--", pos)) {
            return toEndOfLine();
        }
        if (c == '#') {
            return hash();
        }
        if (grammar.isQuote(c)) {
            return string(c);
        }
        if (c >= '0' && c <= '9') {
            return number();
        }
        if (Character.isLetter(c) || c == '_' || c == '$') {
            return word();
        }
        pos++;
        return null;
    }

    private String hash() {
        if (grammar.has(HASH_COMMENTS) || grammar.has(SHELL_COMMENTS) && startsWord()) {
            return toEndOfLine();
        }
        if (grammar.has(PREPROCESSOR) && startsLine()) {
            pos++;
            while (pos < end && Character.isLetter(src.charAt(pos))) {
                pos++;
            }
            return KEYWORD;
        }
        pos++;
        return null;
    }

    private String string(char quote) {
        String triple = String.valueOf(quote).repeat(3);
        if (grammar.has(TRIPLE_QUOTES) && at(triple, pos)) {
            return through(triple, pos + 3, STRING);
        }
        if (grammar.has(CHAR_LITERALS) && quote == '\'') {
            return charLiteral();
        }
        if (grammar.has(PROSE_QUOTES) && pos > 0 && Character.isLetterOrDigit(src.charAt(pos - 1))) {
            pos++;
            return null;
        }
        boolean multiline = quote == '`' || grammar.has(MULTILINE_STRINGS);
        int i = pos + 1;
        while (i < end) {
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
            }
            else if (c == quote) {
                i++;
                break;
            }
            else if (c == '\n' && !multiline) {
                break;
            }
            else {
                i++;
            }
        }
        pos = Math.min(i, end);
        return STRING;
    }

    // 'a', '\n' and a braced Unicode escape are characters; 'a in Rust is a lifetime and stays plain.
    private String charLiteral() {
        int i = pos + 1;
        if (i < end && src.charAt(i) == '\\') {
            for (i += 2; i < end && i - pos < MAX_CHAR_LITERAL; i++) {
                if (src.charAt(i) == '\'') {
                    pos = i + 1;
                    return STRING;
                }
            }
        }
        else if (i < end) {
            i += Character.charCount(src.codePointAt(i));
            if (i < end && src.charAt(i) == '\'') {
                pos = i + 1;
                return STRING;
            }
        }
        pos++;
        return null;
    }

    // Decimal, hexadecimal, binary and octal literals with separators, fractions, exponents and type suffixes.
    private String number() {
        int i = pos;
        if (src.charAt(i) == '0' && i + 1 < end && "xXbBoO".indexOf(src.charAt(i + 1)) >= 0) {
            i += 2;
        }
        else {
            i = digits(i);
            if (i + 1 < end && src.charAt(i) == '.' && isDigit(src.charAt(i + 1))) {
                i = digits(i + 1);
            }
            if (i < end && (src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
                int exponent = i + 1 < end && (src.charAt(i + 1) == '+' || src.charAt(i + 1) == '-') ? i + 2 : i + 1;
                if (exponent < end && isDigit(src.charAt(exponent))) {
                    i = digits(exponent);
                }
            }
        }
        while (i < end && (isAsciiLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
            i++;
        }
        pos = i;
        return NUMBER;
    }

    private String word() {
        int start = pos;
        boolean keys = grammar.has(MAPPING_KEYS);
        pos++;
        while (pos < end && isWordPart(src.charAt(pos), keys)) {
            pos++;
        }
        if (keys && pos < end && src.charAt(pos) == ':' && (pos + 1 == end || Character.isWhitespace(src.charAt(pos + 1)))) {
            return KEYWORD;
        }
        return grammar.isKeyword(src.substring(start, pos)) ? KEYWORD : null;
    }

    private void scanMarkup() {
        while (pos < end) {
            int start = pos;
            if (at("<!--", pos)) {
                through("-->", pos + 4, COMMENT);
                span(COMMENT, start, pos);
            }
            else if (src.charAt(pos) == '<' && pos + 1 < end && startsTag(src.charAt(pos + 1))) {
                tag();
            }
            else {
                pos++;
                escape(start, pos);
            }
        }
    }

    // <name attr="value" …>: the name is a keyword and quoted values are strings. A tag that never closes ends
    // at the next '<' so one typo does not swallow the rest of the document.
    private void tag() {
        int start = pos;
        pos++;
        while (pos < end && "/!?".indexOf(src.charAt(pos)) >= 0) {
            pos++;
        }
        escape(start, pos);
        int name = pos;
        while (pos < end && (isAsciiLetterOrDigit(src.charAt(pos)) || ":_.-".indexOf(src.charAt(pos)) >= 0)) {
            pos++;
        }
        if (pos > name) {
            span(KEYWORD, name, pos);
        }
        while (pos < end && src.charAt(pos) != '>' && src.charAt(pos) != '<') {
            char c = src.charAt(pos);
            int from = pos;
            if (c == '"' || c == '\'') {
                int close = src.indexOf(c, pos + 1);
                pos = close < 0 ? end : close + 1;
                span(STRING, from, pos);
            }
            else {
                pos++;
                escape(from, pos);
            }
        }
        if (pos < end && src.charAt(pos) == '>') {
            pos++;
            escape(pos - 1, pos);
        }
    }

    private String toEndOfLine() {
        int newline = src.indexOf('\n', pos);
        pos = newline < 0 ? end : newline;
        return COMMENT;
    }

    private String through(String close, int from, String token) {
        int found = src.indexOf(close, from);
        pos = found < 0 ? end : found + close.length();
        return token;
    }

    private boolean at(String text, int index) {
        return src.startsWith(text, index);
    }

    private boolean startsWord() {
        if (pos == 0) {
            return true;
        }
        char before = src.charAt(pos - 1);
        return Character.isWhitespace(before) || before == ';' || before == '|' || before == '&' || before == '(';
    }

    // Only the indentation before this position is examined, and each character of it belongs to one line.
    private boolean startsLine() {
        int i = pos - 1;
        while (i >= 0 && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || src.charAt(i) == '\n';
    }

    private int digits(int from) {
        int i = from;
        while (i < end && (isDigit(src.charAt(i)) || src.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private static boolean startsTag(char c) {
        return isAsciiLetter(c) || c == '/' || c == '!' || c == '?';
    }

    private static boolean isWordPart(char c, boolean keys) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || keys && (c == '-' || c == '.');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || isDigit(c);
    }

    private void span(String token, int from, int to) {
        out.append("<span class=\"").append(token).append("\">");
        escape(from, to);
        out.append("</span>");
    }

    private void escape(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = src.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
