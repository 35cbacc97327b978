package io.quire.search;

import java.time.Duration;

/** A search waited longer than {@code quire.search.queue-timeout} for its turn: answered 503 with Retry-After. */
class SearchBusyException extends RuntimeException {

    SearchBusyException(Duration waited) {
        super("No search permit within " + waited);
    }
}
