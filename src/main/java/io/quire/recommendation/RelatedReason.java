package io.quire.recommendation;

/** Why an article is listed as a similar read: the signal that contributed most to its score. */
public enum RelatedReason {

    /** "Shares: Java, Streams" — the two articles carry the same, preferably rare, tags. */
    SHARED_TAGS,

    /** "Similar topic" — their texts use the same distinctive words. */
    SIMILAR_TOPIC,

    /** "Same category" — they sit in the same or a neighbouring category. */
    SAME_CATEGORY,

    /** "Readers also liked" — members who liked or saved one liked or saved the other. */
    ALSO_LIKED
}
