package io.quire.article;

/**
 * A published article got a new current revision (an accepted improvement or suggestion, a moderator's
 * edit, a restore, or a retag).
 *
 * @param creditedId the member credited for the change, or {@code null}
 */
public record ArticleRevised(long articleId, int revision, long editorId, Long creditedId) {
}
