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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators hide comments, unhide and delete them, with a reason that goes into {@code comment_moderation_log}.
 * A hidden comment shows "hidden by a moderator" to readers and its text to moderators. Only moderators may,
 * checked here against the member's current role. The one exception is {@link #holdForReview}: the report module
 * holds a comment that enough members reported, before any moderator has looked.
 */
@Service
public class CommentModeration {

    private static final Logger logger = LoggerFactory.getLogger(CommentModeration.class);

    private final CommentRepository comments;
    private final CommentService service;
    private final CommentModerationLog log;
    private final CommentViews views;
    private final ArticleCatalog catalog;
    private final MemberService members;
    private final MemberDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentModeration(CommentRepository comments, CommentService service, CommentModerationLog log,
            CommentViews views, ArticleCatalog catalog, MemberService members, MemberDirectory directory,
            ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.service = service;
        this.log = log;
        this.views = views;
        this.catalog = catalog;
        this.members = members;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Hides a visible comment, or confirms the hiding of one held for review (so that it is no longer released
     * when later reports are dismissed); hiding a hidden one again changes nothing.
     */
    @Transactional
    public CommentView hide(long commentId, long moderatorId, String reason) {
        requireModerator(moderatorId);
        Comment comment = present(commentId);
        boolean visible = comment.getStatus() == CommentStatus.VISIBLE;
        if (visible || isHeld(comment)) {
            if (visible) {
                comment.hide();
                events.publishEvent(new CommentChanged(commentId, comment.getArticleId()));
            }
            log.save(new CommentModerationEntry(commentId, moderatorId, ModerationAction.HIDE, reason.strip(),
                    clock.instant()));
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

    /** Deletes a comment for good, as its author could; a placeholder keeps its replies together. */
    @Transactional
    public void delete(long commentId, long moderatorId, String reason) {
        requireModerator(moderatorId);
        Comment comment = present(commentId);
        service.remove(comment, moderatorId);
        log.save(new CommentModerationEntry(commentId, moderatorId, ModerationAction.DELETE, reason.strip(),
                clock.instant()));
    }

    /**
     * Hides a visible comment until a moderator reviews it, because enough members reported it. No moderator
     * acts here, so the member whose report tipped the balance is logged as the actor.
     *
     * @return whether the comment was visible and is now held
     */
    @Transactional
    public boolean holdForReview(long commentId, long reporterId, String reason) {
        Comment comment = present(commentId);
        if (comment.getStatus() != CommentStatus.VISIBLE) {
            return false;
        }
        comment.hide();
        log.save(new CommentModerationEntry(commentId, reporterId, ModerationAction.HOLD, reason.strip(),
                clock.instant()));
        events.publishEvent(new CommentChanged(commentId, comment.getArticleId()));
        logger.info("Comment {} held for review: {}", commentId, reason);
        return true;
    }

    /**
     * Shows a comment again that {@link #holdForReview} hid, when the moderator found nothing wrong. A comment
     * a moderator hid (or one shown again since) is left as it is.
     */
    @Transactional
    public void releaseHold(long commentId, long moderatorId, String reason) {
        requireModerator(moderatorId);
        Comment comment = present(commentId);
        if (isHeld(comment)) {
            comment.unhide();
            log.save(new CommentModerationEntry(commentId, moderatorId, ModerationAction.RELEASE, reason.strip(),
                    clock.instant()));
            events.publishEvent(new CommentChanged(commentId, comment.getArticleId()));
        }
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

    /** Whether the comment is hidden because reports held it, and no moderator has acted on it since. */
    private boolean isHeld(Comment comment) {
        List<CommentModerationEntry> entries = log.findByCommentIdOrderByActedAtAscIdAsc(comment.getId());
        return comment.getStatus() == CommentStatus.HIDDEN && !entries.isEmpty()
                && entries.get(entries.size() - 1).getAction() == ModerationAction.HOLD;
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
