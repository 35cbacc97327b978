package io.quire.reaction;

/**
 * What the article's save button ({@code reaction/fragments :: save-button}) shows.
 *
 * @param listName the reading list the article is saved in, or {@code null} when it is not saved
 */
public record SaveButtonView(String articleSlug, Long listId, String listName) {

    public boolean isSaved() {
        return listId != null;
    }

    public String loginPath() {
        return "/login?next=/articles/" + articleSlug + "%23save-button";
    }
}
