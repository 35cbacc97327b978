package io.quire.search;

import java.util.concurrent.atomic.AtomicInteger;

import io.quire.TestArticles;
import io.quire.TestMembers;
import io.quire.article.ArticleAuthoring;
import io.quire.article.ArticleKind;
import io.quire.article.ArticleRef;
import io.quire.article.ArticleReviews;
import io.quire.article.Categories;
import io.quire.article.CategoryView;

import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Published articles with the words, kind, tags and category a search test needs, made through the real
 * authoring and review services so that the article events reach the index as in production.
 */
@Component
class SearchableArticles {

    /** Fifty-odd words, because submission asks for a body of at least fifty. */
    static final String FILLER = """
            Plain filler prose keeps this body long enough for submission. It talks about nothing much: \
            morning walks, a cup of tea, the weather over the harbour, a notebook with empty pages, and the \
            quiet hum of an office before anyone arrives. None of these words are meant to be searched for, \
            they only pad the text so that reviewers accept it.""";

    private static final AtomicInteger sequence = new AtomicInteger();

    private final Categories categories;
    private final ArticleAuthoring authoring;
    private final ArticleReviews reviews;
    private final TestMembers members;

    SearchableArticles(Categories categories, ArticleAuthoring authoring, ArticleReviews reviews,
            TestMembers members) {
        this.categories = categories;
        this.authoring = authoring;
        this.reviews = reviews;
        this.members = members;
    }

    /** A new category with a unique slug, below {@code parent} or at the top level when it is null. */
    CategoryView category(String name, CategoryView parent) {
        String slug = "search-" + sequence.incrementAndGet() + "-" + System.nanoTime() % 100000;
        return categories.create(slug, name, "For search tests", parent == null ? null : parent.slug());
    }

    CategoryView category(String name) {
        return category(name, null);
    }

    Draft article(String title, CategoryView category) {
        return new Draft(title, category.id());
    }

    /** An article to publish: set what the test searches for, then {@link #publish()}. */
    final class Draft {

        private final String title;
        private final long categoryId;
        private String body = "";
        private String tags = "";
        private ArticleKind kind = ArticleKind.TUTORIAL;

        private Draft(String title, long categoryId) {
            this.title = title;
            this.categoryId = categoryId;
        }

        /** Markdown; {@link #FILLER} is appended so the body is long enough. */
        Draft body(String markdown) {
            this.body = markdown;
            return this;
        }

        /** Comma-separated, as an author types them. */
        Draft tags(String tags) {
            this.tags = tags;
            return this;
        }

        Draft kind(ArticleKind kind) {
            this.kind = kind;
            return this;
        }

        /** Drafted and submitted by a new member, published by a new moderator. */
        ArticleRef publish() {
            long author = members.member().id();
            String slug = authoring.startDraft(author, kind);
            assertThat(authoring.submit(slug, author, TestArticles.form(title, categoryId, tags, body + "\n\n" + FILLER)))
                    .isEmpty();
            return reviews.publish(slug, members.moderator().id(), null);
        }
    }
}
