package io.quire.markdown;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent, strict reading of rendered HTML for tests, written from the module's contract rather than from
 * the sanitizer's configuration. It parses every tag the way a browser would (quotes included, so a value that
 * breaks out of its attribute shows up as a new tag) and reports:
 * <ul>
 * <li>any element, attribute or attribute value outside the contract, including URLs with another scheme;</li>
 * <li>forbidden fragments ({@code javascript:}, {@code hx-}, {@code style=}, {@code on…=}) in the markup, both as
 * written and with character references decoded;</li>
 * <li>opening tags of dangerous elements and {@code on…=} anywhere in the output, text included: the sanitizer
 * writes {@code <} and {@code =} in text and attribute values as references, so a literal {@code <script} or
 * {@code onerror=} can only be markup.</li>
 * </ul>
 * Text between tags is otherwise ignored on purpose: {@code &lt;script&gt;} is shown, not run. So are the values of
 * {@code alt} and {@code title}, which are only ever displayed, and of {@code href} and {@code src}, which are held
 * to the scheme allowlist after decoding instead.
 */
final class MarkupAudit {

    private static final Pattern EMPTY = Pattern.compile("");

    private static final Pattern ANY = Pattern.compile(".*", Pattern.DOTALL);

    private static final Pattern LANGUAGE = Pattern.compile("[a-z0-9_+#.-]{1,30}");

    private static final Pattern ALIGN = Pattern.compile("left|center|right");

    private static final Pattern HEADING_ID = Pattern.compile("h-[a-z0-9-]+");

    private static final Pattern HREF = Pattern.compile("(?:https?://|mailto:|/|#|\\?|[^:/?#]*(?:[/?#]|$)).*",
            Pattern.DOTALL);

    private static final Pattern SRC = Pattern.compile(
            "(?:https?://.*|/.*|[^:/?#]*(?:[/?#].*)?|data:image/(?:png|gif|jpeg|webp);base64,[a-z0-9+/]+=*)",
            Pattern.DOTALL);

    private static final Map<String, Pattern> NONE = Map.of();

    private static final Map<String, Map<String, Pattern>> CONTRACT = Map.ofEntries(
            entry("p", NONE), entry("blockquote", NONE), entry("ul", NONE), entry("li", NONE), entry("hr", NONE),
            entry("br", NONE), entry("em", NONE), entry("strong", NONE), entry("del", NONE), entry("pre", NONE),
            entry("table", NONE), entry("thead", NONE), entry("tbody", NONE), entry("tr", NONE),
            entry("ol", Map.of("start", Pattern.compile("\\d+"))),
            entry("th", Map.of("align", ALIGN)), entry("td", Map.of("align", ALIGN)),
            entry("h2", Map.of("id", HEADING_ID)), entry("h3", Map.of("id", HEADING_ID)),
            entry("h4", Map.of("id", HEADING_ID)), entry("h5", Map.of("id", HEADING_ID)),
            entry("h6", Map.of("id", HEADING_ID)),
            entry("a", Map.of("href", HREF, "title", ANY, "rel", Pattern.compile("nofollow ugc noopener"))),
            entry("img", Map.of("src", SRC, "alt", ANY, "title", ANY, "loading", Pattern.compile("lazy"),
                    "decoding", Pattern.compile("async"))),
            entry("input", Map.of("type", Pattern.compile("checkbox"), "checked", Pattern.compile("|checked"),
                    "disabled", Pattern.compile("|disabled"))),
            entry("code", Map.of("class", Pattern.compile("language-" + LANGUAGE.pattern()))),
            entry("span", Map.of("class", Pattern.compile("tok-(?:kw|str|com|num)"))),
            entry("figure", Map.of("class", Pattern.compile("code"), "data-lang", LANGUAGE)),
            entry("figcaption", Map.of("class", Pattern.compile("code-label"))),
            entry("div", Map.of("class", Pattern.compile("code-tabs|code-tablist|code-panel"),
                    "data-tabs", Pattern.compile("|data-tabs"), "role", Pattern.compile("tablist|tabpanel"),
                    "data-lang", LANGUAGE, "hidden", Pattern.compile("|hidden"))),
            entry("button", Map.of("type", Pattern.compile("button"), "class", Pattern.compile("code-copy|code-tab"),
                    "role", Pattern.compile("tab"), "data-lang", LANGUAGE,
                    "aria-selected", Pattern.compile("true|false"), "hidden", Pattern.compile("|hidden"))));

    private static final Set<String> UNCHECKED_VALUES = Set.of("alt", "title", "href", "src");

    private static final List<String> FORBIDDEN_IN_MARKUP = List.of("javascript:", "vbscript:", "livescript:",
            "data:text", "data:image/svg", "hx-", "style=", "expression(", "srcdoc", "formaction", "xlink:");

    private static final List<String> FORBIDDEN_ANYWHERE = List.of("<script", "<iframe", "<frame", "<form", "<svg",
            "<math", "<object", "<embed", "<style", "<meta", "<base", "<link", "<textarea", "<select", "<template",
            "<!--");

    private static final Pattern EVENT_HANDLER = Pattern.compile("[\\s/\"'`]on[a-z]+\\s*=");

    private static final Pattern TAG_NAME = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)");

    // Attributes as browsers split them: a slash separates like whitespace, unquoted values run to a space or '>'.
    private static final Pattern ATTRIBUTE =
            Pattern.compile("[\\s/]+([^\\s=/>\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");

    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(x[0-9a-f]+|[0-9]+);?",
            Pattern.CASE_INSENSITIVE);

    private MarkupAudit() {
    }

    /** Everything suspicious about {@code html}; empty when it keeps to the contract. */
    static List<String> violations(String html) {
        List<String> problems = new ArrayList<>();
        String lowerHtml = html.toLowerCase(Locale.ROOT);
        for (String forbidden : FORBIDDEN_ANYWHERE) {
            if (lowerHtml.contains(forbidden)) {
                problems.add("contains " + forbidden);
            }
        }
        if (EVENT_HANDLER.matcher(lowerHtml).find()) {
            problems.add("contains an event handler");
        }
        StringBuilder markup = new StringBuilder();
        int open = html.indexOf('<');
        while (open >= 0) {
            int close = endOfTag(html, open);
            if (close < 0) {
                problems.add("unterminated tag at " + open);
                break;
            }
            markup.append(checkTag(html.substring(open, close + 1), problems)).append('\n');
            open = html.indexOf('<', close + 1);
        }
        String raw = markup.toString().toLowerCase(Locale.ROOT);
        String decoded = decode(raw);
        String squeezed = decoded.replaceAll("[\\x00-\\x20]", "");
        for (String forbidden : FORBIDDEN_IN_MARKUP) {
            if (raw.contains(forbidden) || decoded.contains(forbidden) || squeezed.contains(forbidden)) {
                problems.add("markup contains " + forbidden);
            }
        }
        if (EVENT_HANDLER.matcher(raw).find() || EVENT_HANDLER.matcher(decoded).find()) {
            problems.add("markup contains an event handler");
        }
        return problems;
    }

    // Returns the tag with the values of alt, title, href and src emptied, for the fragment checks above.
    private static String checkTag(String tag, List<String> problems) {
        Matcher name = TAG_NAME.matcher(tag);
        if (!name.lookingAt()) {
            problems.add("not a tag: " + tag);
            return tag;
        }
        String element = name.group(1).toLowerCase(Locale.ROOT);
        Map<String, Pattern> allowed = CONTRACT.get(element);
        if (allowed == null) {
            problems.add("element " + element);
            return tag;
        }
        if (tag.startsWith("</")) {
            return tag;
        }
        StringBuilder canonical = new StringBuilder(tag.substring(0, name.end()));
        Matcher attribute = ATTRIBUTE.matcher(tag.substring(name.end(), tag.length() - 1));
        while (attribute.find()) {
            String attributeName = attribute.group(1).toLowerCase(Locale.ROOT);
            String value = attribute.group(2) == null ? "" : decode(unquote(attribute.group(2)));
            boolean unchecked = UNCHECKED_VALUES.contains(attributeName);
            attribute.appendReplacement(canonical, Matcher.quoteReplacement(
                    unchecked ? " " + attributeName + "=\"\"" : attribute.group()));
            Pattern valuePattern = allowed.get(attributeName);
            String comparable = attributeName.equals("href") || attributeName.equals("src")
                    ? value.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT) : value;
            if (valuePattern == null) {
                problems.add("attribute " + attributeName + " on " + element);
            }
            else if (!valuePattern.matcher(comparable).matches()) {
                problems.add(attributeName + "=\"" + value + "\" on " + element);
            }
        }
        attribute.appendTail(canonical);
        return canonical.append('>').toString();
    }

    private static int endOfTag(String html, int open) {
        char quote = 0;
        for (int i = open + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            }
            else if (c == '"' || c == '\'') {
                quote = c;
            }
            else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'');
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    // Numeric references with or without the semicolon, and the named ones that matter for URLs and markup.
    private static String decode(String text) {
        Matcher numeric = NUMERIC_REFERENCE.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            String number = numeric.group(1).toLowerCase(Locale.ROOT).replaceFirst("^(x?)0+(?=.)", "$1");
            int codePoint = number.length() > 8 ? -1 : number.startsWith("x")
                    ? Integer.parseInt(number.substring(1), 16) : Integer.parseInt(number);
            String character = Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uFFFD";
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(character));
        }
        numeric.appendTail(decoded);
        return decoded.toString().replace("&colon;", ":").replace("&tab;", "\t").replace("&newline;", "\n")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
