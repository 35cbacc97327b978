package io.quire.article;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.quire.TestMembers;

import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishes articles for tests the way members and moderators do (draft, submit, review), so that the real
 * events fire: {@code articles.published().titled("…").tagged("java, streams").body("…").publish()}.
 * Categories and members are created with unique names, so tests sharing one database never collide.
 */
@Component
public class ArticleFixtures {

    private static final AtomicInteger sequence = new AtomicInteger();

    private final CategoryRepository categoryRepository;
    private final Categories categories;
    private final ArticleAuthoring authoring;
    private final ArticleReviews reviews;
    private final ArticleRevisions revisions;
    private final TestMembers members;

    ArticleFixtures(CategoryRepository categoryRepository, Categories categories, ArticleAuthoring authoring,
            ArticleReviews reviews, ArticleRevisions revisions, TestMembers members) {
        this.categoryRepository = categoryRepository;
        this.categories = categories;
        this.authoring = authoring;
        this.reviews = reviews;
        this.revisions = revisions;
        this.members = members;
    }

    /** A new top-level category. */
    public CategoryView category(String name) {
        return category(name, null);
    }

    /** A new category below {@code parent}, or top-level when it is {@code null}. */
    public CategoryView category(String name, CategoryView parent) {
        String slug = Slugs.of(name, 60) + "-" + sequence.incrementAndGet() + "-" + System.nanoTime() % 100000;
        Category saved = categoryRepository.save(new Category(slug, name, null, parent == null ? null : parent.id(),
                sequence.get()));
        categories.evict();
        return saved.toView();
    }

    public Draft published() {
        return new Draft();
    }

    /** A moderator's edit of a published article as a new revision; publishes {@code ArticleRevised}. */
    public int revise(ArticleRef article, String title, String markdown) {
        TestMembers.Created moderator = members.moderator();
        var current = revisions.history(article.id()).get(0);
        return revisions.revise(article.id(), current.number(), title, current.summary(), markdown, moderator.id(),
                null, "Edited by a test");
    }

    /** An article being written; {@link #publish()} submits it and has a moderator publish it. */
    public final class Draft {

        private Long authorId;
        private Long categoryId;
        private String title = "An article written for a test";
        private String summary = "What this test article is about.";
        private String tags = "";
        private String markdown;

        public Draft by(long memberId) {
            this.authorId = memberId;
            return this;
        }

        public Draft in(CategoryView category) {
            this.categoryId = category.id();
            return this;
        }

        public Draft titled(String title) {
            this.title = title;
            return this;
        }

        public Draft summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** Comma-separated, as typed in the editor. */
        public Draft tagged(String tags) {
            this.tags = tags;
            return this;
        }

        /** The Markdown body; at least 50 words, as a submission needs. */
        public Draft body(String markdown) {
            this.markdown = markdown;
            return this;
        }

        public ArticleRef publish() {
            long author = authorId != null ? authorId : members.member().id();
            long category = categoryId != null ? categoryId : category("Test category").id();
            String slug = authoring.startDraft(author, ArticleKind.TUTORIAL);
            List<ArticleAuthoring.FieldProblem> problems = authoring.submit(slug, author,
                    new ArticleForm(title, summary, category, tags, markdown, null, null, null, null, null));
            assertThat(problems).as("submission problems").isEmpty();
            return reviews.publish(slug, members.moderator().id(), null);
        }
    }
}
