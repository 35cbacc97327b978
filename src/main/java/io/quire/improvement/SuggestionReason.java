package io.quire.improvement;

/** Why a reader suggests a change. */
public enum SuggestionReason {
    TYPO, INCORRECT, OUTDATED, CODE_BROKEN, ADD_EXAMPLE, OTHER
}
