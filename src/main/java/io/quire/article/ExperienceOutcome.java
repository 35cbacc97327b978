package io.quire.article;

/** What an interview (or other experience) ended with; listings filter on it. */
public enum ExperienceOutcome {
    SELECTED, REJECTED, PENDING, WITHDREW
}
