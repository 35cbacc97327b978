package io.quire.recommendation;

/**
 * One similar read as the article page shows it.
 *
 * @param fromId     the article whose page shows it
 * @param slot       its position in the list, 1 to {@value RelatedArticles#SHOWN}
 * @param sharedTags display names of the shared tags, rarest first, comma-separated; empty when none
 */
public record RelatedView(long fromId, int slot, long id, String slug, String title, String excerpt,
        int readingMinutes, RelatedReason reason, String sharedTags) {

    /** The article's canonical address. */
    public String path() {
        return "/articles/" + slug;
    }

    /** The address the visible link uses: counts the click, then redirects to {@link #path()}. */
    public String trackedPath() {
        return "/r/" + fromId + "/" + slot + "/" + slug;
    }
}
