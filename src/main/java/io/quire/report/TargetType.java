package io.quire.report;

import java.util.Locale;

/** What can be reported. The lower-case name is the moderation subject type and the review URL's segment. */
enum TargetType {
    ARTICLE, COMMENT;

    String subject() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws ReportNotFoundException for a segment that names no type, so that a bad URL is a 404 */
    static TargetType ofSubject(String subject) {
        for (TargetType type : values()) {
            if (type.subject().equals(subject)) {
                return type;
            }
        }
        throw new ReportNotFoundException(subject);
    }
}
