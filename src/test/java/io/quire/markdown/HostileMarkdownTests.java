package io.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attacks on the renderer, each run through the article and the comment renderer and, as raw HTML, straight
 * through the sanitizer policies, so every layer is held to the same strict reading of its output.
 */
class HostileMarkdownTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    static Stream<String> hostileInputs() {
        return Stream.of(scripts(), eventHandlers(), urlsInHtml(), markdownLinks(), markdownImages(), htmx(),
                styles(), svgAndMathMl(), framesObjectsAndForms(), malformed(), code(), encodings())
                .flatMap(List::stream);
    }

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void articlesContainNoExecutableMarkup(String hostile) {
        assertThat(MarkupAudit.violations(renderer.render(hostile).html())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void commentsContainNoExecutableMarkup(String hostile) {
        assertThat(MarkupAudit.violations(renderer.renderComment(hostile))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void articlePolicyAloneRemovesExecutableMarkupFromRawHtml(String hostile) {
        assertThat(MarkupAudit.violations(HtmlPolicies.ARTICLE.sanitize(hostile))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void commentPolicyAloneRemovesExecutableMarkupFromRawHtml(String hostile) {
        assertThat(MarkupAudit.violations(HtmlPolicies.COMMENT.sanitize(hostile))).isEmpty();
    }

    @Test
    void corpusHoldsAtLeastOneHundredAttacks() {
        assertThat(hostileInputs().distinct().count()).isGreaterThanOrEqualTo(100);
    }

    // Guards the guard: if the audit stopped recognising these, the tests above would pass for nothing.
    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>", "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=\"java\tscript:alert(1)\">x</a>", "<a href=\"vbscript:x\">x</a>",
            "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">", "<a href=\"data:text/html,x\">x</a>",
            "<div hx-get=\"/x\">x</div>", "<a data-hx-post=\"/x\">x</a>", "<iframe src=x></iframe>",
            "<form action=/x></form>", "<svg onload=alert(1)>", "<object data=x>", "<embed src=x>",
            "<style>*{}</style>", "<p style=\"color:red\">x</p>", "<meta http-equiv=refresh content=0>",
            "<base href=/x>", "<link rel=stylesheet href=x>", "<img/onerror=alert(1)/src=x>",
            "<input type=text>", "<h2 id=main>x</h2>", "<div data-foo=x>x</div>", "<span class=evil>x</span>"})
    void auditRecognisesExecutableOrForeignMarkup(String unsafe) {
        assertThat(MarkupAudit.violations(unsafe)).isNotEmpty();
    }

    @Test
    void auditAcceptsEverythingTheRendererEmits() {
        String html = renderer.render("""
                # Title
                A [link](https://example.com "t") and ![alt](/a.png) and ~~gone~~ and `code`.

                - [x] done

                | a |
                |:-:|
                | 1 |

                ```java
                int x = 1; // "s"
                ```
                ```python
                y = 2
                ```
                """).html();
        assertThat(html).contains("<h2", "<a ", "<img", "<del>", "<input", "<table", "tok-kw", "data-tabs");
        assertThat(MarkupAudit.violations(html)).isEmpty();
    }

    @Test
    void rawHtmlIsShownAsTextNotInterpreted() {
        assertThat(renderer.render("<b onclick=\"x()\">hi</b>").html())
                .contains("&lt;b onclick")
                .doesNotContain("<b");
    }

    @Test
    void unsafeLinksKeepTheirTextWithoutTheLink() {
        String html = renderer.render("[read me](javascript:alert(1)) and [ok](https://example.com)").html();
        assertThat(html).contains("read me and <a href=\"https://example.com\"").doesNotContain("alert");
    }

    private static List<String> scripts() {
        return List.of("<script>alert(1)</script>", "<SCRIPT>alert(1)</SCRIPT>",
                "<ScRiPt src=//evil.example/x.js></sCrIpT>", "<script/xss src=x></script>",
                "<<script>alert(1)//<</script>", "<script\n>alert(1)</script>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>", "%3Cscript%3Ealert(1)%3C/script%3E",
                "<script>alert(1)", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<template><script>alert(1)</script></template>", "<xmp><script>alert(1)</script></xmp>",
                "<title><script>alert(1)</script></title>", "<!--<script>alert(1)</script>-->",
                "<![CDATA[<script>alert(1)</script>]]>", "<? echo '<script>alert(1)</script>' ?>",
                "<!DOCTYPE html><html><head><script>alert(1)</script></head></html>",
                "\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E", "<script type=\"module\">import 'x'</script>");
    }

    private static List<String> eventHandlers() {
        return List.of("<img src=x onerror=alert(1)>", "<IMG SRC=x OnErRoR=alert(1)>",
                "<img src=x onerror=\"alert(1)\"/>", "<img/src=x/onerror=alert(1)>", "<body onload=alert(1)>",
                "<div onmouseover=\"alert(1)\">hover</div>", "<a onclick=\"alert(1)\" href=\"#\">x</a>",
                "<input autofocus onfocus=alert(1)>", "<details open ontoggle=alert(1)>",
                "<video><source onerror=alert(1)></video>", "<audio src=x onerror=alert(1)>",
                "<marquee onstart=alert(1)>", "<p onpointerenter=alert(1)>x</p>", "<img src=x onerror\t=alert(1)>",
                "<img src=x\nonerror=alert(1)>", "<select onchange=alert(1)><option>1</option></select>",
                "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>", "<body/onload=alert(1)>");
    }

    private static List<String> urlsInHtml() {
        return List.of("<a href=\"javascript:alert(1)\">x</a>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>", "<a href=\"&#x6A;avascript&#x3A;alert(1)\">x</a>",
                "<a href=\"java\tscript:alert(1)\">x</a>", "<a href=\" javascript:alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<img src=\"javascript:alert(1)\">", "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">", "<link rel=stylesheet href=\"javascript:alert(1)\">",
                "<isindex action=javascript:alert(1) type=image>", "<a href=\"java&#0000010;script:alert(1)\">x</a>");
    }

    private static List<String> markdownLinks() {
        return List.of("[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x](javascript&colon;alert(1))",
                "[x](&#106;avascript:alert(1))",
                "[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
                "[x](java&#09;script:alert(1))", "[x](java&Tab;script:alert(1))", "[x](<javascript:alert(1)>)",
                "[x]( javascript:alert(1) )", "[x](javascript://%0Aalert(1))", "[x](vbscript:msgbox(1))",
                "[x](VBScript:msgbox(1))", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[x](data:text/html,<script>alert(1)</script>)", "[x](DATA:text/html,x)",
                "[x](livescript:alert(1))", "[x](file:///etc/passwd)", "[x](javascript:alert(1) \"title\")",
                "[x](https://ok.example \"\\\" onmouseover=\\\"alert(1)\")",
                "[x](https://ok.example\" onclick=\"alert(1))", "[x](\"onmouseover=alert(1))",
                "[x][ref]\n\n[ref]: javascript:alert(1)", "[ref]\n\n[ref]: javascript:alert(1)",
                "[x][r]\n\n[r]: <javascript:alert(1)> \"t\"", "<javascript:alert(1)>", "<JavaScript:alert(1)>",
                "<vbscript:msgbox(1)>", "<data:text/html,alert(1)>", "www.javascript:alert(1).com",
                "[<img src=x onerror=alert(1)>](https://ok.example)",
                "[x](https://ok.example/\"><script>alert(1)</script>)",
                "[![x](javascript:alert(1))](javascript:alert(2))", "[x](\u0001javascript:alert(1))",
                "[x](jav\u0000ascript:alert(1))", "[x](javascript\\:alert(1))");
    }

    private static List<String> markdownImages() {
        return List.of("![x](javascript:alert(1))", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "![x](<data:image/svg+xml,<svg onload=alert(1)>>)", "![x](data:text/html;base64,PHNjcmlwdD4=)",
                "![x](data:image/png;base64,AAAA\" onerror=\"alert(1))",
                "![x\" onerror=\"alert(1)](https://ok.example/a.png)",
                "![x](https://ok.example/a.png \"\\\" onerror=\\\"alert(1)\")", "![x](vbscript:msgbox(1))",
                "![x][img]\n\n[img]: javascript:alert(1)", "![<script>alert(1)</script>](/a.png)",
                "![x](/a.png)<img src=x onerror=alert(1)>", "![javascript:alert(1)](/a.png)",
                "![x](DATA:IMAGE/SVG+XML;BASE64,PHN2Zz4=)");
    }

    private static List<String> htmx() {
        return List.of("<div hx-get=\"/admin/delete\" hx-trigger=\"load\">x</div>",
                "<button hx-post=\"/logout\">x</button>", "<a data-hx-get=\"/x\" data-hx-trigger=\"load\">x</a>",
                "<div hx-on:click=\"alert(1)\">x</div>", "<div hx-on::load=\"alert(1)\">x</div>",
                "<div data-hx-on-click=\"alert(1)\">x</div>", "<form hx-delete=\"/articles/1\"><button>x</button></form>",
                "<img src=x hx-get=/x hx-trigger=load hx-swap=outerHTML>", "<div hx-vals='js:{a:alert(1)}'>x</div>",
                "<div hx-headers='{\"X\":\"1\"}' hx-target=\"body\">x</div>",
                "<span hx-swap-oob=\"true\" id=\"main\">x</span>", "<div data-hx-swap-oob=\"innerHTML:#main\">x</div>",
                "<button type=\"button\" class=\"code-copy\" hx-post=\"/x\">Copy</button>",
                "<div class=\"code-tabs\" data-tabs hx-boost=\"true\"><a href=\"/x\">x</a></div>");
    }

    private static List<String> styles() {
        return List.of("<style>body{background:url(javascript:alert(1))}</style>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<p style=\"width:expression(alert(1))\">x</p>", "<span style=\"behavior:url(x.htc)\">x</span>",
                "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
                "<div style=\"position:fixed;inset:0\">phish</div>", "<STYLE>@import 'https://evil.example/x.css';</STYLE>",
                "<img src=x style=x:expression(alert(1))>", "<p STYLE = \"color:red\">x</p>");
    }

    private static List<String> svgAndMathMl() {
        return List.of("<svg onload=alert(1)>", "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
                "<svg><use href=\"data:image/svg+xml;base64,PHN2Zz4=#x\"/></svg>",
                "<math href=\"javascript:alert(1)\">x</math>",
                "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">x</maction></math>",
                "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
                "<svg><style>@import url(javascript:alert(1))</style></svg>",
                "<math><mi xlink:href=\"data:x,<script>alert(1)</script>\">x</mi></math>");
    }

    private static List<String> framesObjectsAndForms() {
        return List.of("<iframe src=\"https://evil.example\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>", "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<object data=\"https://evil.example/x.swf\"></object>", "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"https://evil.example/x.swf\">", "<embed src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
                "<form action=\"https://evil.example\"><input name=password type=password></form>",
                "<form action=\"javascript:alert(1)\"><button>x</button></form>",
                "<button formaction=javascript:alert(1)>x</button>", "<input type=\"text\" value=\"x\">",
                "<input type=\"checkbox\">", "<input type=\"image\" src=\"javascript:alert(1)\">",
                "<textarea>x</textarea>", "<frameset><frame src=javascript:alert(1)></frameset>",
                "<applet code=x>", "<portal src=https://evil.example>");
    }

    private static List<String> malformed() {
        return List.of("<img src=\"x\" alt=\"\" onerror=\"alert(1)\"", "<img src=`x` onerror=alert(1)>",
                "<a href=\"x\"<script>alert(1)</script>", "<<img src=x onerror=alert(1)>>",
                "<div><div><div><img src=x onerror=alert(1)></div>",
                "<p>unclosed <b>bold <i>italic <img src=x onerror=alert(1)",
                "<a href='https://ok.example' title='\"><script>alert(1)</script>'>x</a>",
                "</p><script>alert(1)</script><p>", "<scr\0ipt>alert(1)</scr\0ipt>",
                "<img src=\"x:x\" onerror=\"alert(1)\">", "<a href=\"https://ok.example\"\013onclick=alert(1)>x</a>",
                "> <script>alert(1)</script>", "- <img src=x onerror=alert(1)>",
                "| a |\n|---|\n| <script>alert(1)</script> |", "# <img src=x onerror=alert(1)>",
                "**<script>alert(1)</script>**", "~~<iframe src=x>~~", "<h2 id=\"main\">steal the id</h2>",
                "<div class=\"code-tabs\" data-tabs data-evil=\"1\">x</div>", "<span class=\"x\">x</span>");
    }

    private static List<String> code() {
        return List.of("`<script>alert(1)</script>`", "``<img src=x onerror=alert(1)>``",
                "```\n<script>alert(1)</script>\n```",
                "```html\n<script>alert(1)</script><img src=x onerror=alert(1)>\n```",
                "```javascript\" onmouseover=\"alert(1)\n1\n```", "```<script>\nx\n```",
                "```html onclick=alert(1)\nx\n```", "    <script>alert(1)</script>",
                "```js\n</code></pre><script>alert(1)</script>\n```", "```\"><img src=x onerror=alert(1)>\nx\n```",
                "```svg\n<svg onload=alert(1)>\n```", "```java\n\"</span><script>alert(1)</script>\"\n```",
                "```js\nx\n```\n```\" onclick=\"alert(1)\ny\n```");
    }

    private static List<String> encodings() {
        return List.of("&lt;script&gt;alert(1)&lt;/script&gt;", "&#60;script&#62;alert(1)&#60;/script&#62;",
                "&#x3C;img src=x onerror=alert(1)&#x3E;", "\\<img src=x onerror=alert(1)\\>",
                "&#0000060script>alert(1)", "<img src=x onerror=\"&#x61;lert(1)\">",
                "<a href=\"&#x26;#106;avascript:alert(1)\">x</a>", "<a href=\"javascript&#58;alert(1)\">x</a>");
    }
}
