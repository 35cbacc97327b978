package io.quire.improvement;

/** The moderator tried to accept a merge that still holds conflict markers. */
class ConflictMarkersException extends RuntimeException {

    ConflictMarkersException() {
        super("Resolve the conflicts before accepting");
    }
}
