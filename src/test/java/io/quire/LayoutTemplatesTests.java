package io.quire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages wear {@code layout/main} through {@code th:replace="~{layout/main :: page(title=…, head=…, content=~{::main})}"}.
 * Thymeleaf fails a render when one of those selectors matches nothing, but it cannot see markup that a page has and
 * does not pass on: an element put straight into the page's {@code <head>}, or an extra-head block passed as
 * {@code ~{}}. Nor does a template still written for the Layout Dialect fail: without the dialect it renders as a
 * bare page. These checks read the templates as text.
 */
class LayoutTemplatesTests {

    private static final Pattern PAGE_CALL = Pattern.compile(
            "th:replace=\"~\\{layout/main :: page\\(\\s*title=.+?,\\s*head=(~\\{}|~\\{::extra-head}),\\s*content=~\\{::main}\\)}\"",
            Pattern.DOTALL);
    private static final Pattern HEAD = Pattern.compile("<head>(.*?)</head>", Pattern.DOTALL);
    private static final Pattern EXTRA_HEAD = Pattern.compile("<th:block th:ref=\"extra-head\">.*?</th:block>", Pattern.DOTALL);
    private static final Pattern PARSER_COMMENT = Pattern.compile("<!--/\\*.*?\\*/-->", Pattern.DOTALL);

    @Test
    void noTemplateIsWrittenForTheLayoutDialect() throws IOException {
        for (Template template : templates()) {
            assertThat(template.text()).as(template.name()).doesNotContain("layout:", "ultraq");
        }
    }

    @Test
    void pagesPassTheirWholeHeadAndMainToTheLayout() throws IOException {
        List<String> pages = new ArrayList<>();
        for (Template template : templates()) {
            String text = template.text();
            if (template.name().endsWith("/templates/layout/main.html") || !text.contains("layout/main :: page")) {
                continue;
            }
            pages.add(template.name());
            Matcher call = PAGE_CALL.matcher(text);
            assertThat(call.find()).as(template.name() + " calls page(title=…, head=…, content=~{::main})").isTrue();
            boolean passesExtraHead = call.group(1).equals("~{::extra-head}");

            Matcher head = HEAD.matcher(text);
            String headContent = head.find() ? head.group(1) : "";
            assertThat(passesExtraHead).as(template.name() + " passes its extra-head block, and only if it has one")
                    .isEqualTo(EXTRA_HEAD.matcher(headContent).find());
            String leftInHead = PARSER_COMMENT.matcher(EXTRA_HEAD.matcher(headContent).replaceAll("")).replaceAll("");
            assertThat(leftInHead).as(template.name() + ": <head> elements outside the extra-head block").isBlank();

            assertThat(count(text, "<main ")).as(template.name() + ": <main> elements").isEqualTo(1);
        }
        assertThat(pages).as("pages using the layout").hasSizeGreaterThan(40);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static List<Template> templates() throws IOException {
        List<Template> templates = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            templates.add(new Template(resource.getURL().toString(), resource.getContentAsString(StandardCharsets.UTF_8)));
        }
        assertThat(templates).isNotEmpty();
        return templates;
    }

    private record Template(String name, String text) {
    }
}
