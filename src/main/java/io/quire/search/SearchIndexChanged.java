package io.quire.search;

/**
 * Published in the transaction that changed the search index (documents written or dropped), so that whatever
 * keeps result pages can forget them when that transaction commits.
 */
public record SearchIndexChanged() {
}
