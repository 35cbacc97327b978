package io.quire.article;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Where an article submission meets the moderation queue: whether the member may submit now, and opening
 * or withdrawing the review item.
 */
@Component
class SubmissionGate {

    Optional<ArticleAuthoring.FieldProblem> check(long memberId) {
        return Optional.empty();
    }

    void opened(Article article, CategoryView category) {
    }

    void withdrawn(Article article, long memberId) {
    }
}
