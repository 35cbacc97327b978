package io.quire.report;

/** What became of a report the member sent. */
enum ReportResult {
    /** Filed, and grouped with the other open reports on the item. */
    SENT,
    /** The member's earlier report on the item is still open; nothing new was filed. */
    ALREADY_REPORTED,
    /** Members do not report what they wrote themselves. */
    OWN_CONTENT
}
