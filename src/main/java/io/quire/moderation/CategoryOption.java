package io.quire.moderation;

/** A category that items in the queue belong to, for the filter. */
record CategoryOption(long id, String name) {
}
