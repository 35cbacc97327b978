package io.quire.comment;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.quire.account.MemberDirectory;
import io.quire.account.MemberService;
import io.quire.account.MemberSummary;
import io.quire.account.Role;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleRef;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators hide comments, and unhide them, with a reason that goes into {@code comment_moderation_log}.
 * A hidden comment shows "hidden by a moderator" to readers and its text to moderators. Only moderators may,
 * checked here against the member's current role.
 */
@Service
public class CommentModeration {

    private final CommentRepository comments;
    private final CommentModerationLog log;
    private final CommentViews views;
    private final ArticleCatalog catalog;
    private final MemberService members;
    private final MemberDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentModeration(CommentRepository comments, CommentModerationLog log, CommentViews views,
            ArticleCatalog catalog, MemberService members, MemberDirectory directory,
            ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.log = log;
        this.views = views;
        this.catalog = catalog;
        this.members = members;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Hides a visible comment; hiding a hidden one again changes nothing. */
    @Transactional
    public CommentView hide(long commentId, long moderatorId, String reason) {
        requireModerator(moderatorId);
        Comment comment = present(commentId);
        if (comment.getStatus() == CommentStatus.VISIBLE) {
            comment.hide();
            log.save(new CommentModerationEntry(commentId, moderatorId, ModerationAction.HIDE, reason.strip(),
                    clock.instant()));
            events.publishEvent(new CommentChanged(commentId, comment.getArticleId()));
        }
        return view(comment, moderatorId);
    }

    /** Shows a hidden comment again; unhiding a visible one changes nothing. */
    @Transactional
    public CommentView unhide(long commentId, long moderatorId, String reason) {
        requireModerator(moderatorId);
        Comment comment = present(commentId);
        if (comment.getStatus() == CommentStatus.HIDDEN) {
            comment.unhide();
            log.save(new CommentModerationEntry(commentId, moderatorId, ModerationAction.UNHIDE, reason.strip(),
                    clock.instant()));
            events.publishEvent(new CommentChanged(commentId, comment.getArticleId()));
        }
        return view(comment, moderatorId);
    }

    /** The comment as a moderator sees it, for the moderation page. */
    @Transactional(readOnly = true)
    public CommentView comment(long commentId, long moderatorId) {
        requireModerator(moderatorId);
        return view(present(commentId), moderatorId);
    }

    /** Every hide and unhide of the comment, oldest first. */
    @Transactional(readOnly = true)
    public List<ModerationEntryView> history(long commentId, long moderatorId) {
        requireModerator(moderatorId);
        List<CommentModerationEntry> entries = log.findByCommentIdOrderByActedAtAscIdAsc(commentId);
        Map<Long, MemberSummary> names =
                directory.findAll(entries.stream().map(CommentModerationEntry::getModeratorId).distinct().toList());
        return entries.stream().map(e -> new ModerationEntryView(names.get(e.getModeratorId()), e.getAction().name(),
                e.getReason(), e.getActedAt())).toList();
    }

    private Comment present(long commentId) {
        return comments.findById(commentId).filter(c -> c.getStatus() != CommentStatus.DELETED)
                .orElseThrow(() -> new CommentNotFoundException(commentId));
    }

    private void requireModerator(long memberId) {
        boolean moderator = members.findSummary(memberId).map(m -> m.role().includes(Role.MODERATOR)).orElse(false);
        if (!moderator) {
            throw new AccessDeniedException("Only moderators hide comments");
        }
    }

    private CommentView view(Comment comment, long moderatorId) {
        String slug = catalog.findRef(comment.getArticleId()).map(ArticleRef::slug).orElseThrow();
        return views.one(CommentRow.of(comment), slug, new CommentViewer(moderatorId, true));
    }
}
