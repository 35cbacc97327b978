package io.quire.comment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import io.quire.account.MemberService;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleCounters;
import io.quire.article.ArticleNotFoundException;
import io.quire.article.ArticleRef;
import io.quire.markdown.MarkdownRenderer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writing comments: post, reply, edit and delete one's own. Only the author edits or deletes a comment, and
 * every method checks that against the id it is given, whatever the URL said.
 */
@Service
public class CommentService {

    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final CommentRepository comments;
    private final CommentThreads threads;
    private final CommentViews views;
    private final ArticleCatalog catalog;
    private final ArticleCounters articleCounters;
    private final MemberService members;
    private final MarkdownRenderer renderer;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** Comments a member may post per minute, counted in the database so that it holds across instances. */
    private final int perMinute;

    CommentService(CommentRepository comments, CommentThreads threads, CommentViews views, ArticleCatalog catalog,
            ArticleCounters articleCounters, MemberService members, MarkdownRenderer renderer,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
            @Value("${quire.comment.per-minute}") int perMinute) {
        this.comments = comments;
        this.threads = threads;
        this.views = views;
        this.catalog = catalog;
        this.articleCounters = articleCounters;
        this.members = members;
        this.renderer = renderer;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /**
     * Posts a comment on the published article at {@code slug}, or a reply when {@code replyTo} is set (a reply
     * to a reply joins the same thread). Posting the same form twice (same member, same token) makes one
     * comment: the second call returns the first one.
     *
     * @param token the form's one-time token; {@code null} makes the post not repeatable
     * @throws CommentRefused when the member is suspended, posts too fast, or replies to a comment that is gone
     * @throws ArticleNotFoundException when no published article has the slug
     */
    public Posted post(String slug, long memberId, String body, Long replyTo, String token) {
        String key = token == null ? UUID.randomUUID().toString() : token.toLowerCase(Locale.ROOT);
        try {
            // The repeat check in the same transaction as the insert: on its own it was one more transaction.
            return transaction.execute(status -> comments.findByAuthorIdAndIdempotencyKey(memberId, key)
                    .map(earlier -> posted(earlier, true))
                    .orElseGet(() -> insert(slug, memberId, body.strip(), replyTo, key)));
        }
        catch (DataIntegrityViolationException raced) {
            // The same form arrived twice at once and the other request inserted first.
            return comments.findByAuthorIdAndIdempotencyKey(memberId, key).map(c -> posted(c, true))
                    .orElseThrow(() -> raced);
        }
    }

    private Posted insert(String slug, long memberId, String markdown, Long replyTo, String key) {
        ArticleRef article = catalog.findRef(slug).filter(ArticleRef::isPublished)
                .orElseThrow(() -> new ArticleNotFoundException(slug));
        refuseSuspended(memberId);
        Instant now = clock.instant();
        if (comments.countByAuthorSince(memberId, now.minusSeconds(60)) >= perMinute) {
            throw new CommentRefused("comment.rate-limited", perMinute);
        }
        Long threadId = null;
        Long repliedToAuthor = null;
        if (replyTo != null) {
            Comment repliedTo = comments.findById(replyTo)
                    .filter(c -> c.getArticleId() == article.id() && c.getStatus() == CommentStatus.VISIBLE)
                    .orElseThrow(() -> new CommentRefused("comment.reply.gone"));
            threadId = repliedTo.threadId();
            repliedToAuthor = repliedTo.getAuthorId();
        }
        Comment comment = comments.save(new Comment(article.id(), memberId, threadId, markdown,
                renderer.renderComment(markdown), key, now));
        if (threadId != null) {
            comments.addReplies(threadId, 1);
        }
        articleCounters.addComments(article.id(), 1);
        events.publishEvent(new CommentPosted(comment.getId(), article.id(), memberId, threadId, repliedToAuthor,
                article.authorId()));
        return new Posted(views.one(CommentRow.of(comment), article.slug(), authorViewer(memberId)), false);
    }

    /** The comment and its Markdown, for the author's edit form. */
    @Transactional(readOnly = true)
    public Editable editable(long commentId, long memberId) {
        Comment comment = own(commentId, memberId);
        if (comment.getStatus() != CommentStatus.VISIBLE) {
            throw new CommentRefused("comment.edit.closed");
        }
        return new Editable(view(comment, memberId), comment.getBodyMarkdown());
    }

    /**
     * Replaces the text of the member's own visible comment; it is then marked as edited.
     *
     * @throws AccessDeniedException when the member did not write it
     * @throws CommentRefused when the text is empty or too long, the comment is hidden, or the member is suspended
     */
    @Transactional
    public CommentView edit(long commentId, long memberId, String body) {
        Comment comment = own(commentId, memberId);
        if (comment.getStatus() != CommentStatus.VISIBLE) {
            throw new CommentRefused("comment.edit.closed");
        }
        if (body == null || body.isBlank()) {
            throw new CommentRefused("comment.body.required");
        }
        if (body.length() > MarkdownRenderer.MAX_COMMENT_CHARS) {
            throw new CommentRefused("comment.body.too-long");
        }
        refuseSuspended(memberId);
        String markdown = body.strip();
        comment.edit(markdown, renderer.renderComment(markdown), clock.instant());
        comments.flush();
        events.publishEvent(new CommentChanged(commentId, comment.getArticleId()));
        return view(comment, memberId);
    }

    /**
     * Deletes the member's own comment. A top-level comment with replies stays as a placeholder; otherwise it
     * disappears, and so does a deleted top-level comment whose last reply this was.
     */
    @Transactional
    public Deleted delete(long commentId, long memberId) {
        return remove(own(commentId, memberId), memberId);
    }

    /** Deletes a comment and keeps the reply and article counters exact; the caller has checked who may. */
    Deleted remove(Comment comment, long viewerId) {
        comment.delete();
        boolean placeholder = false;
        boolean threadGone = false;
        if (comment.isTopLevel()) {
            placeholder = comments.replyCountOf(comment.getId()) > 0;
        }
        else {
            comments.addReplies(comment.getParentId(), -1);
            Comment parent = comments.findById(comment.getParentId()).orElseThrow();
            threadGone = parent.getStatus() == CommentStatus.DELETED && comments.replyCountOf(parent.getId()) == 0;
        }
        articleCounters.addComments(comment.getArticleId(), -1);
        events.publishEvent(new CommentChanged(comment.getId(), comment.getArticleId()));
        String slug = catalog.findRef(comment.getArticleId()).map(ArticleRef::slug).orElse(null);
        return new Deleted(comment.getId(), comment.getParentId(), slug,
                placeholder ? view(comment, viewerId) : null, threadGone);
    }

    private Comment own(long commentId, long memberId) {
        Comment comment = comments.findById(commentId).filter(c -> c.getStatus() != CommentStatus.DELETED)
                .orElseThrow(() -> new CommentNotFoundException(commentId));
        if (comment.getAuthorId() != memberId) {
            throw new AccessDeniedException("Only the author changes a comment");
        }
        return comment;
    }

    private void refuseSuspended(long memberId) {
        members.activeSuspension(memberId).ifPresent(s -> {
            throw new CommentRefused("comment.suspended", UNTIL.format(s.until()), s.reason());
        });
    }

    private Posted posted(Comment comment, boolean repeated) {
        return new Posted(threads.one(comment.getId(), authorViewer(comment.getAuthorId())), repeated);
    }

    private CommentView view(Comment comment, long memberId) {
        String slug = catalog.findRef(comment.getArticleId()).map(ArticleRef::slug).orElseThrow();
        return views.one(CommentRow.of(comment), slug, authorViewer(memberId));
    }

    private static CommentViewer authorViewer(long memberId) {
        return new CommentViewer(memberId, false);
    }

    /**
     * The result of a post.
     *
     * @param repeated whether the form had been posted before, so that this is the earlier comment
     */
    public record Posted(CommentView comment, boolean repeated) {
    }

    /** A comment with its Markdown source, for editing. */
    public record Editable(CommentView comment, String markdown) {
    }

    /**
     * The result of a delete.
     *
     * @param placeholder the comment as it now shows (a "[deleted]" placeholder holding its replies), or
     *        {@code null} when it disappeared
     * @param threadGone whether the deleted top-level comment holding this reply disappeared with it
     */
    public record Deleted(long commentId, Long parentId, String articleSlug, CommentView placeholder,
            boolean threadGone) {
    }
}
