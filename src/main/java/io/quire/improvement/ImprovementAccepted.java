package io.quire.improvement;

/** An improvement became revision {@code revision} of the article, crediting the improver. */
public record ImprovementAccepted(long proposalId, long articleId, long improverId, int revision) {
}
