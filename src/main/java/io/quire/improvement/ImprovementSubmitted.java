package io.quire.improvement;

/** A member submitted an improvement for review. */
public record ImprovementSubmitted(long proposalId, long articleId, long improverId) {
}
