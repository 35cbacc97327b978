package io.quire.reaction;

/** A reading list in the member's overview, with how many articles it holds. */
public record ReadingListView(long id, String name, boolean isDefault, long itemCount) {

    public String path() {
        return "/me/saved/" + id;
    }
}
