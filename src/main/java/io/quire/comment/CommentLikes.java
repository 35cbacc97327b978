package io.quire.comment;

import java.util.Collection;
import java.util.Set;

/**
 * Which comments a member liked. Likes belong to the reaction module, which depends on this one; it
 * implements this interface so that comment pages can show the state of each like button.
 */
public interface CommentLikes {

    /** The ids among {@code commentIds} that the member liked, in one query. */
    Set<Long> likedBy(long memberId, Collection<Long> commentIds);
}
