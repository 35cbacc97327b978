package io.quire.markdown;

import java.util.Arrays;
import java.util.Locale;

/**
 * Prints how long a realistic 100 KB article takes to render; a measurement to read, not a test to pass.
 * Run after {@code ./mvnw test-compile} with the test classpath, for example:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.quire.markdown.RenderTiming} where
 * {@code cp.txt} comes from {@code ./mvnw dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
final class RenderTiming {

    private static final int TARGET_CHARS = 100_000;

    private static final int WARM_UP = 300;

    private static final int MEASURED = 200;

    private RenderTiming() {
    }

    public static void main(String[] args) {
        String article = article();
        MarkdownRenderer renderer = new MarkdownRenderer();
        for (int i = 0; i < WARM_UP; i++) {
            renderer.render(article);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            renderer.render(article);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%,d characters: median %.1f ms, p90 %.1f ms, min %.1f ms over %d renders%n",
                article.length(), nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 9 / 10] / 1e6, nanos[0] / 1e6,
                MEASURED);
    }

    // Sections mixing what real articles hold: headings, prose with inline markup and links, lists, tables,
    // quotes, images, and code in several languages, some grouped into tabs.
    private static String article() {
        StringBuilder markdown = new StringBuilder("# A long tutorial\n\n");
        for (int section = 1; markdown.length() < TARGET_CHARS; section++) {
            markdown.append("## Step ").append(section).append(": configure the service\n\n")
                    .append("Spring *Boot* makes it **easy** to build a service; see the [reference](https://docs.spring.io/")
                    .append(section).append(") or www.example.com for details. Use `@Transactional` on the service, ")
                    .append("never on the controller, and keep ~~field~~ constructor injection.\n\n")
                    .append("> Note: each step builds on the previous one, so run the tests before moving on.\n\n")
                    .append("- [x] create the project\n- [ ] add the dependency\n- [ ] write the first test\n\n")
                    .append("| Setting | Default | Meaning |\n|:--|:-:|--:|\n| `port` | 8080 | where it listens |\n")
                    .append("| `threads` | 200 | worker threads |\n\n")
                    .append("![Diagram of step ").append(section).append("](/img/step-").append(section).append(".png)\n\n")
                    .append("### Code\n\n")
                    .append("```java\n@Service\nclass Greeter {\n    // Says hello\n    String greet(String name) {\n")
                    .append("        return \"Hello, \" + name + \"!\"; // \n    }\n    int answer = 42;\n}\n```\n\n")
                    .append("```kotlin\n@Service\nclass Greeter {\n    fun greet(name: String) = \"Hello, $name!\"\n}\n```\n\n")
                    .append("Then check the configuration:\n\n")
                    .append("```yaml\nserver:\n  port: 8080 # default\nspring:\n  application:\n    name: demo\n```\n\n")
                    .append("```sql\nSELECT id, title FROM article WHERE published = TRUE ORDER BY id DESC LIMIT 10;\n```\n\n")
                    .append("That is all for step ").append(section).append(". The next one adds persistence, ")
                    .append("which is where most of the interesting decisions happen.\n\n");
        }
        return markdown.toString();
    }
}
