package io.quire;

import java.util.concurrent.atomic.AtomicInteger;

import io.quire.article.ArticleAuthoring;
import io.quire.article.ArticleForm;
import io.quire.article.ArticleKind;
import io.quire.article.ArticleRef;
import io.quire.article.ArticleReviews;
import io.quire.article.Categories;
import io.quire.article.CategoryView;

import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds articles for tests through the real authoring and review services: a draft is written, submitted
 * by its author and published by a moderator, exactly as in the application.
 */
@Component
public class TestArticles {

    private static final AtomicInteger sequence = new AtomicInteger();

    private final ArticleAuthoring authoring;
    private final ArticleReviews reviews;
    private final Categories categories;
    private final TestMembers members;

    public TestArticles(ArticleAuthoring authoring, ArticleReviews reviews, Categories categories,
            TestMembers members) {
        this.authoring = authoring;
        this.reviews = reviews;
        this.categories = categories;
        this.members = members;
    }

    public CategoryView category() {
        int n = sequence.incrementAndGet();
        return categories.create("test-category-" + n + "-" + System.nanoTime() % 100000, "Test category " + n,
                "For tests", null);
    }

    public static String body(String topic) {
        return """
                ## Why %1$s matters

                %1$s is a topic worth learning well. This paragraph explains the idea in plain words so that the
                article is long enough to be reviewed, with more than fifty words in total across its sections.

                ## Trying %1$s

                ```java
                System.out.println("%1$s");
                ```

                ```python
                print("%1$s")
                ```

                ### Details

                | Step | What happens |
                | --- | --- |
                | 1 | You read about %1$s |
                | 2 | You try it |
                """.formatted(topic);
    }

    public static ArticleForm form(String title, long categoryId, String tags, String markdown) {
        return new ArticleForm(title, "A summary of " + title, categoryId, tags, markdown, null, null, null, null,
                null);
    }

    /** A submitted draft by a new member; returns its draft slug. */
    public Submitted submitted(String title, CategoryView category, String tags) {
        TestMembers.Created author = members.member();
        String slug = authoring.startDraft(author.id(), ArticleKind.TUTORIAL);
        assertThat(authoring.submit(slug, author.id(), form(title, category.id(), tags, body(title)))).isEmpty();
        return new Submitted(slug, author);
    }

    public ArticleRef published(String title, CategoryView category, String tags) {
        Submitted submitted = submitted(title, category, tags);
        return reviews.publish(submitted.slug(), members.moderator().id(), null);
    }

    public ArticleRef published(String title) {
        return published(title, category(), "Testing");
    }

    /** A draft slug and its author. */
    public record Submitted(String slug, TestMembers.Created author) {
    }
}
