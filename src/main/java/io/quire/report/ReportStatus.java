package io.quire.report;

/** OPEN until a moderator decides the moderation item the report belongs to, then HANDLED for good. */
enum ReportStatus {
    OPEN, HANDLED
}
