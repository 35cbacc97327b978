package io.quire.article;

import org.springframework.stereotype.Component;

/** Records an article review decision in the moderation queue, in the same transaction as the decision. */
@Component
class ReviewDecisions {

    Long itemVersion(Article article) {
        return null;
    }

    void published(Article article, long moderatorId, Long expectedItemVersion) {
    }

    void sentBack(Article article, long moderatorId, String note, Long expectedItemVersion) {
    }

    void rejected(Article article, long moderatorId, String note, Long expectedItemVersion) {
    }
}
