package io.quire.moderation;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The queue's filters, bound from the query string ({@code ?kind=REPORT&category=3&status=OPEN&age=DAY&order=NEWEST}).
 * Every field may be missing; a value that does not parse is ignored.
 */
record QueueFilter(ItemKind kind, Long category, ItemStatus status, Age age, Order order) {

    /** Only items older than this. */
    enum Age {
        ANY(Duration.ZERO), DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7));

        private final Duration olderThan;

        Age(Duration olderThan) {
            this.olderThan = olderThan;
        }
    }

    enum Order {
        OLDEST, NEWEST
    }

    public ItemStatus statusOrOpen() {
        return status == null ? ItemStatus.OPEN : status;
    }

    Instant createdBefore(Instant now) {
        return age == null || age == Age.ANY ? null : now.minus(age.olderThan);
    }

    /** Oldest first unless asked otherwise: whoever waited longest is served first. */
    Sort sort() {
        Sort.Direction direction = order == Order.NEWEST ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(direction, "createdAt").and(Sort.by(direction, "id"));
    }

    /** The queue's URL with these filters, for pagination links. */
    String path() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/moderation");
        if (kind != null) {
            uri.queryParam("kind", kind);
        }
        if (category != null) {
            uri.queryParam("category", category);
        }
        if (status != null) {
            uri.queryParam("status", status);
        }
        if (age != null && age != Age.ANY) {
            uri.queryParam("age", age);
        }
        if (order != null) {
            uri.queryParam("order", order);
        }
        return uri.build().toUriString();
    }
}
