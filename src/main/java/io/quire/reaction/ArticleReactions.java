package io.quire.reaction;

import java.util.Set;

/**
 * A member's reactions on an article page: whether they like the article, where they saved it, and which of
 * the comments shown they like.
 *
 * @param savedListId the list the article is saved in, or {@code null}
 */
public record ArticleReactions(boolean liked, Long savedListId, String savedListName, Set<Long> likedCommentIds) {

    /** An anonymous reader's: nothing. */
    public static final ArticleReactions NONE = new ArticleReactions(false, null, null, Set.of());

    public LikeButtonView likeButton(String articleSlug, int likeCount) {
        return new LikeButtonView(articleSlug, likeCount, liked);
    }

    public SaveButtonView saveButton(String articleSlug) {
        return new SaveButtonView(articleSlug, savedListId, savedListName);
    }
}
