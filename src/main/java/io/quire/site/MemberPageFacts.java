package io.quire.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quire.account.QuireUser;
import io.quire.comment.CommentControls;
import io.quire.comment.ShownComment;

/**
 * What decides whether a member sees an article page as {@link SharedMemberPage} holds it: they moderate nothing
 * on it. Their own comments among those shown get their controls in the comments' slots; which of the comments they
 * like is checked on each view, from {@link #commentIds}; their like and save of the article fill the buttons; the
 * article's author gets no link to report it.
 *
 * @param likeCount the article's like count when the page was rendered
 * @param commentIds the comments and replies shown on the page
 * @param comments the same by id, with what decides each one's controls
 */
record MemberPageFacts(long articleId, String articleSlug, long authorId, int likeCount, List<Long> commentIds,
        Map<Long, ShownComment> comments) {

    MemberPageFacts(long articleId, String articleSlug, long authorId, int likeCount, List<ShownComment> shown) {
        this(articleId, articleSlug, authorId, likeCount, shown.stream().map(ShownComment::id).toList(),
                shown.stream().collect(Collectors.toUnmodifiableMap(ShownComment::id, Function.identity(),
                        (first, same) -> first)));
    }

    /** Whether the page could be {@code user}'s, reactions aside. */
    boolean mayShare(QuireUser user) {
        return !user.isModerator();
    }

    /** Whether {@code user} wrote the article: its page has no link for them to report it. */
    boolean wrote(QuireUser user) {
        return user.id() == authorId;
    }

    /** The controls {@code user} gets on comment {@code id}; empty for a comment the page was not rendered with. */
    Optional<CommentControls> controlsFor(long id, QuireUser user) {
        return Optional.ofNullable(comments.get(id)).map(comment -> comment.controlsFor(user.id()));
    }
}
