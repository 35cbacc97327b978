package io.quire.moderation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times in messages built outside a page (exceptions, submission checks) are written in UTC, and say so. */
final class Times {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
