package io.quire.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quire.account.MemberService;
import io.quire.account.MemberSummary;
import io.quire.markdown.MarkdownRenderer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the category tree and the original demo articles in {@code demo/articles/*.md} on the first start
 * of the dev profile, published with their front-matter dates through the same aggregate methods that real
 * reviews use. Does nothing once any category exists.
 */
@Component
@Profile("dev")
@ConditionalOnProperty(name = "quire.demo.enabled", havingValue = "true")
@Order(20)
class DemoArticles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoArticles.class);

    private final CategoryRepository categoryRepository;
    private final ArticleRepository articles;
    private final ArticleRevisionRepository revisions;
    private final TagAssignments tags;
    private final Categories categories;
    private final MarkdownRenderer renderer;
    private final MemberService members;
    private final TransactionTemplate transactions;

    DemoArticles(CategoryRepository categoryRepository, ArticleRepository articles,
            ArticleRevisionRepository revisions, TagAssignments tags, Categories categories,
            MarkdownRenderer renderer, MemberService members, TransactionTemplate transactions) {
        this.categoryRepository = categoryRepository;
        this.articles = articles;
        this.revisions = revisions;
        this.tags = tags;
        this.categories = categories;
        this.renderer = renderer;
        this.members = members;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (categoryRepository.count() > 0) {
            return;
        }
        transactions.executeWithoutResult(status -> seedCategories());
        categories.evict();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/articles/*.md");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            seedArticle(file);
        }
        log.info("Seeded {} categories and {} demo articles", categoryRepository.count(), files.length);
    }

    private void seedCategories() {
        Category languages = category("programming-languages", "Programming Languages",
                "Language guides, idioms and standard libraries.", null, 1);
        category("java", "Java", "The JVM's workhorse language: collections, streams, concurrency.", languages, 1);
        category("python", "Python", "Readable scripting and data work in Python.", languages, 2);
        category("javascript", "JavaScript", "The language of the browser, and of Node.js.", languages, 3);
        category("web-development", "Web Development", "HTML, CSS, HTTP and building for the web.", null, 2);
        category("data-structures-algorithms", "Data Structures & Algorithms",
                "Sorting, searching, graphs, dynamic programming and the analysis behind them.", null, 3);
        category("system-design", "System Design", "Designing services that scale and stay up.", null, 4);
        category("databases", "Databases", "SQL, indexes, transactions and data modelling.", null, 5);
        category("devops", "DevOps", "Containers, pipelines and running software in production.", null, 6);
        Category experiences = category("experiences", "Experiences",
                "First-hand accounts of interviews, admissions and careers.", null, 7);
        category("interview-experiences", "Interview Experiences", "Rounds, questions and advice.", experiences, 1);
        category("career", "Career", "Career journeys and what work is really like.", experiences, 2);
    }

    private Category category(String slug, String name, String description, Category parent, int position) {
        return categoryRepository.save(new Category(slug, name, description, parent == null ? null : parent.getId(),
                position));
    }

    private void seedArticle(Resource file) {
        String text;
        try {
            text = file.getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        String[] parts = text.split("(?m)^---\\s*$", 3);
        Map<String, String> meta = frontMatter(parts[1]);
        String body = parts[2].strip() + "\n";
        MemberSummary author = members.findSummaryByUsername(meta.getOrDefault("author", "member")).orElseThrow();
        MemberSummary moderator = members.findSummaryByUsername("moderator").orElseThrow();
        ArticleKind kind = ArticleKind.fromSlug(meta.getOrDefault("kind", "tutorial")).orElse(ArticleKind.TUTORIAL);
        var published = LocalDate.parse(meta.get("published")).atTime(9, 30).toInstant(ZoneOffset.UTC);
        Article article = new Article("demo-" + file.getFilename().replace(".md", ""), kind, author.id(), published);
        Experience experience = new Experience(meta.get("company"), meta.get("role"), integer(meta.get("rounds")),
                integer(meta.get("year")), meta.containsKey("outcome")
                        ? ExperienceOutcome.valueOf(meta.get("outcome")) : null);
        Long categoryId = categories.findBySlug(meta.get("category")).map(CategoryView::id).orElse(null);
        // New tags commit in their own transactions; resolve them before the article's transaction starts so
        // that its snapshot sees them when linking.
        List<Tag> articleTags = tags.resolveForDraft(meta.get("tags"));
        transactions.executeWithoutResult(status -> publish(article, experience, categoryId, articleTags, meta,
                body, moderator, published));
    }

    private void publish(Article article, Experience experience, Long categoryId, List<Tag> articleTags,
            Map<String, String> meta, String body, MemberSummary moderator, java.time.Instant published) {
        article.editDraft(new ArticleContent(meta.get("title"), meta.getOrDefault("summary", ""), body, experience),
                categoryId, articleTags, published);
        article.submit(published);
        article.rename(Slugs.of(meta.get("title"), 100));
        articles.saveAndFlush(article);
        ArticleRevision first = article.publish(renderer.render(body), moderator.id(), published);
        articles.saveAndFlush(article);
        revisions.save(first);
        tags.link(article);
    }

    private static Map<String, String> frontMatter(String block) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (String line : block.split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                meta.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return meta;
    }

    private static Integer integer(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    }
}
