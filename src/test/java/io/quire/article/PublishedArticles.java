package io.quire.article;

import java.util.concurrent.atomic.AtomicInteger;

import io.quire.TestMembers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Published articles for the engagement tests (comments, reactions, notifications), made the way members and
 * moderators make them — draft, submit, publish — so that the article events fire as in production.
 */
@Component
public class PublishedArticles {

    private static final AtomicInteger sequence = new AtomicInteger();

    private static final String BODY = """
            An article written for a test. It needs fifty words before a reviewer accepts it, so it goes on a \
            while about ordinary things: a kettle coming to the boil, rain on a window, a train that is late, a \
            library with long tables, a pencil that needs sharpening, and a cat asleep on a warm keyboard while \
            somebody waits for the build to finish.""";

    private final CategoryRepository categoryRepository;
    private final Categories categories;
    private final ArticleAuthoring authoring;
    private final ArticleReviews reviews;
    private final TestMembers members;
    private final TransactionTemplate transactions;
    private Long categoryId;

    PublishedArticles(CategoryRepository categoryRepository, Categories categories, ArticleAuthoring authoring,
            ArticleReviews reviews, TestMembers members, TransactionTemplate transactions) {
        this.categoryRepository = categoryRepository;
        this.categories = categories;
        this.authoring = authoring;
        this.reviews = reviews;
        this.members = members;
        this.transactions = transactions;
    }

    /** An article by a new member, published by a new moderator. */
    public ArticleRef publish() {
        return publishBy(members.member().id());
    }

    public ArticleRef publishBy(long authorId) {
        String slug = submitBy(authorId);
        return reviews.publish(slug, members.moderator().id(), null);
    }

    /** Drafts and submits an article; @return the draft's slug, for a moderator's decision. */
    public String submitBy(long authorId) {
        int n = sequence.incrementAndGet();
        String slug = authoring.startDraft(authorId, ArticleKind.TUTORIAL);
        var problems = authoring.submit(slug, authorId, new ArticleForm("Engagement test article " + n + "x"
                + System.nanoTime() % 100000, "A summary.", category(), "", BODY, null, null, null, null, null));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Test article not submittable: " + problems);
        }
        return slug;
    }

    private synchronized long category() {
        if (categoryId == null) {
            String slug = "engagement-" + System.nanoTime() % 1_000_000;
            categoryId = transactions.execute(status ->
                    categoryRepository.save(new Category(slug, "Engagement", null, null, 90)).getId());
            categories.evict();
        }
        return categoryId;
    }
}
