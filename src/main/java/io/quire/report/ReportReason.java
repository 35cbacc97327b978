package io.quire.report;

/** Why a member reports something; the moderation queue counts reports per reason. */
enum ReportReason {
    SPAM, ABUSIVE, INCORRECT, PLAGIARISM, BROKEN_CODE, OTHER
}
