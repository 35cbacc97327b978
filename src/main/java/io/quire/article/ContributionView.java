package io.quire.article;

import java.time.Instant;

/** One of a member's own articles, in any state, for {@code /me/contributions}. */
public record ContributionView(long id, String slug, String title, ArticleKind kind, ArticleStatus status,
        String reviewNote, Instant updatedAt) {

    /**
     * Where the author goes to continue: the article once published (or hidden, where its banner says why),
     * else the editor, which shows the status.
     */
    public String path() {
        return status == ArticleStatus.PUBLISHED || status == ArticleStatus.HIDDEN ? "/articles/" + slug
                : "/articles/" + slug + "/edit";
    }
}
