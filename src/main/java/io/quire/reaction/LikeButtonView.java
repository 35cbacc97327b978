package io.quire.reaction;

/** What the article's like button ({@code reaction/fragments :: like-button}) shows. */
public record LikeButtonView(String articleSlug, int count, boolean liked) {

    /** Where an anonymous reader logs in to come back to the button. */
    public String loginPath() {
        return "/login?next=/articles/" + articleSlug + "%23like-button";
    }
}
