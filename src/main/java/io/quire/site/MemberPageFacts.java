package io.quire.site;

import java.util.List;
import java.util.Set;

import io.quire.account.QuireUser;

/**
 * What decides whether a member sees an article page as {@link SharedMemberPage} holds it: the page shows nothing
 * that is theirs (the article, a comment among those shown) and nothing they can moderate. Which of the comments
 * shown they like is checked on each view, from {@link #commentIds}; their like and save of the article fill the
 * buttons.
 *
 * @param likeCount the article's like count when the page was rendered
 * @param commentIds the comments and replies shown on the page
 * @param commentAuthorIds who wrote them
 */
record MemberPageFacts(long articleId, String articleSlug, long authorId, int likeCount, List<Long> commentIds,
        Set<Long> commentAuthorIds) {

    /** Whether the page could be {@code user}'s, reactions aside. */
    boolean mayShare(QuireUser user) {
        return !user.isModerator() && user.id() != authorId && !commentAuthorIds.contains(user.id());
    }
}
