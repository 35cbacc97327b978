package io.quire.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds or creates the tags an author typed, links them to the article, and keeps each tag's count of
 * published articles right.
 */
@Component
class TagAssignments {

    private final TagRepository tags;
    private final ArticleTagLinkRepository links;
    private final TransactionTemplate newTransaction;

    TagAssignments(TagRepository tags, ArticleTagLinkRepository links, TransactionTemplate transactions) {
        this.tags = tags;
        this.links = links;
        this.newTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
    }

    @Transactional
    List<Tag> resolveForDraft(String typed) {
        Map<String, String> wanted = TagNames.parse(typed);
        List<Tag> existing = wanted.isEmpty() ? List.of() : tags.findBySlugIn(wanted.keySet());
        List<Tag> result = new ArrayList<>();
        for (Map.Entry<String, String> entry : wanted.entrySet()) {
            result.add(existing.stream().filter(t -> t.getSlug().equals(entry.getKey())).findFirst()
                    .orElseGet(() -> create(entry.getKey(), entry.getValue())));
        }
        return result;
    }

    /** Makes {@code article_tag} match the article's tag list and recounts every tag involved. */
    @Transactional
    void link(Article article) {
        Set<Long> before = new HashSet<>(links.tagIdsOf(article.getId()));
        List<String> slugs = TagList.parse(article.getTagList()).stream().map(TagRef::slug).toList();
        List<Tag> current = slugs.isEmpty() ? List.of() : tags.findBySlugIn(slugs);
        links.deleteByArticleId(article.getId());
        links.flush();
        Set<Long> touched = new HashSet<>(before);
        for (Tag tag : current) {
            links.save(new ArticleTagLink(article.getId(), tag.getId()));
            touched.add(tag.getId());
        }
        links.flush();
        if (!touched.isEmpty()) {
            tags.recount(touched);
        }
    }

    /** Recounts the article's tags after it entered or left the published articles. */
    @Transactional
    void recount(Article article) {
        Set<Long> linked = new HashSet<>(links.tagIdsOf(article.getId()));
        if (!linked.isEmpty()) {
            tags.recount(linked);
        }
    }

    /** Creates a tag in its own transaction, so that two authors inventing the same tag at once both succeed. */
    private Tag create(String slug, String name) {
        try {
            return newTransaction.execute(status -> tags.saveAndFlush(new Tag(slug, name)));
        }
        catch (DataIntegrityViolationException raced) {
            return tags.findBySlug(slug).orElseThrow(() -> raced);
        }
    }
}
