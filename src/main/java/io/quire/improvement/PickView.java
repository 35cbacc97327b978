package io.quire.improvement;

import java.time.Instant;

/** Who is improving an article, and until when. */
public record PickView(long id, long articleId, long memberId, String memberName, PickStatus status,
        Instant startedAt, Instant expiresAt) {
}
