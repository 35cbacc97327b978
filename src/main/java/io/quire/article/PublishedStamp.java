package io.quire.article;

import java.time.Instant;

/**
 * How many articles are published and when the most recent change to any of them happened: enough for a
 * module that keeps a copy of published articles to tell cheaply whether its copy is complete.
 *
 * @param lastChange {@code null} when nothing is published
 */
public record PublishedStamp(long count, Instant lastChange) {
}
