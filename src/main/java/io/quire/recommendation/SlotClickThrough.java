package io.quire.recommendation;

/** Impressions and clicks of one slot of the similar reads over a period. */
record SlotClickThrough(int slot, long impressions, long clicks) {

    /** Clicks per hundred impressions, or 0 before the first impression. */
    public double percent() {
        return impressions == 0 ? 0 : 100.0 * clicks / impressions;
    }
}
