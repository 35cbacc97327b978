package io.quire.markdown;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.owasp.html.AttributePolicy;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allowlists every rendered HTML string passes last. They name exactly what this module emits; anything else,
 * whether it came from a renderer bug or a parser trick, is removed: scripts, styles, frames, forms, SVG and MathML,
 * event handlers, {@code style}, {@code hx-*} and all other data attributes, and URLs that are not safe.
 */
final class HtmlPolicies {

    // Declared before the policies, which are built from it while the class initialises.
    private static final Pattern LANGUAGE = Pattern.compile("[a-z0-9_+#.-]{1,30}");

    /** Articles: everything, including headings with ids and images. */
    static final PolicyFactory ARTICLE = common()
            .allowElements("h2", "h3", "h4", "h5", "h6", "img")
            .allowAttributes("id").matching(Pattern.compile(Pattern.quote(Outline.ID_PREFIX) + "[a-z0-9-]{1,80}"))
            .onElements("h2", "h3", "h4", "h5", "h6")
            .allowAttributes("src").matching(url(SafeUrls::isSafeImage)).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("loading").matching(Pattern.compile("lazy")).onElements("img")
            .allowAttributes("decoding").matching(Pattern.compile("async")).onElements("img")
            .toFactory();

    /** Comments: the same without headings and images. */
    static final PolicyFactory COMMENT = common().toFactory();

    private HtmlPolicies() {
    }

    private static HtmlPolicyBuilder common() {
        return new HtmlPolicyBuilder()
                .allowElements("p", "blockquote", "ul", "ol", "li", "hr", "br", "em", "strong", "del", "code", "pre",
                        "table", "thead", "tbody", "tr", "th", "td", "a", "span", "figure", "figcaption", "div")
                // data: passes this protocol check only to be held to the raster-image pattern of SafeUrls.
                .allowUrlProtocols("http", "https", "mailto", "data")
                .allowAttributes("href").matching(url(SafeUrls::isSafeLink)).onElements("a")
                .allowAttributes("title").onElements("a")
                .requireRelsOnLinks("nofollow", "ugc", "noopener")
                .allowAttributes("start").matching(Pattern.compile("\\d{1,9}")).onElements("ol")
                .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
                .allowAttributes("class").matching(Pattern.compile("tok-(?:kw|str|com|num)")).onElements("span")
                .allowAttributes("class").matching(Pattern.compile("language-" + LANGUAGE.pattern()))
                .onElements("code")
                .allowAttributes("class").matching(Pattern.compile("code")).onElements("figure")
                .allowAttributes("class").matching(Pattern.compile("code-label")).onElements("figcaption")
                .allowAttributes("class").matching(Pattern.compile("code-tabs|code-tablist|code-panel"))
                .onElements("div")
                .allowAttributes("data-tabs").matching(Pattern.compile("|data-tabs")).onElements("div")
                .allowAttributes("role").matching(Pattern.compile("tablist|tabpanel")).onElements("div")
                .allowAttributes("data-lang").matching(LANGUAGE).onElements("figure", "div", "button")
                .allowAttributes("hidden").onElements("div", "button")
                .allowElements(onlyWith("type", "button"), "button")
                .allowAttributes("type").matching(Pattern.compile("button")).onElements("button")
                .allowAttributes("class").matching(Pattern.compile("code-copy|code-tab")).onElements("button")
                .allowAttributes("role").matching(Pattern.compile("tab")).onElements("button")
                .allowAttributes("aria-selected").matching(Pattern.compile("true|false")).onElements("button")
                // Task lists: a checkbox that can be neither changed nor submitted.
                .allowElements(disabledCheckbox(), "input")
                .allowAttributes("type").matching(Pattern.compile("checkbox")).onElements("input")
                .allowAttributes("checked", "disabled").onElements("input");
    }

    private static AttributePolicy url(Predicate<String> safe) {
        return (element, attribute, value) -> safe.test(value) ? value : null;
    }

    // Element policies run after the attribute policies, so the attribute list holds only what survived them.
    private static ElementPolicy onlyWith(String attribute, String value) {
        return (element, attributes) -> hasAttribute(attributes, attribute, value) ? element : null;
    }

    private static ElementPolicy disabledCheckbox() {
        return (element, attributes) -> {
            if (!hasAttribute(attributes, "type", "checkbox")) {
                return null;
            }
            if (!hasAttribute(attributes, "disabled", null)) {
                attributes.add("disabled");
                attributes.add("disabled");
            }
            return element;
        };
    }

    // The list alternates names and values; a null value matches any.
    private static boolean hasAttribute(List<String> attributes, String name, String value) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name) && (value == null || attributes.get(i + 1).equals(value))) {
                return true;
            }
        }
        return false;
    }
}
