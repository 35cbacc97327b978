package io.quire.article;

import java.time.Instant;

/**
 * A revision as the history shows it.
 *
 * @param creditedId the member whose improvement or suggestion this revision came from, if any
 */
public record RevisionView(int number, String title, String summary, String markdown, long editorId,
        Long creditedId, String note, Instant createdAt) {

    /** Who should be credited: the improver when there is one, else the editor. */
    public long contributorId() {
        return creditedId != null ? creditedId : editorId;
    }
}
