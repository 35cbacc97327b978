package io.quire.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleRef;
import io.quire.article.ArticleRestored;
import io.quire.article.ArticleReviewed;
import io.quire.article.ArticleUnpublished;
import io.quire.comment.CommentPosted;
import io.quire.report.AuthorWarned;
import io.quire.report.ReportHandled;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns other modules' events into notifications. Each listener runs after the event's transaction commits,
 * is retried until it completes, and may therefore run twice: the source keys make that harmless.
 */
@Component
class NotificationListeners {

    private final Inbox inbox;
    private final ArticleCatalog catalog;

    NotificationListeners(Inbox inbox, ArticleCatalog catalog) {
        this.inbox = inbox;
        this.catalog = catalog;
    }

    /**
     * The author of the comment replied to hears of the reply; the article's author hears of the comment
     * (once, when they are also the one replied to).
     */
    @ApplicationModuleListener
    void on(CommentPosted posted) {
        ArticleRef article = catalog.findRef(posted.articleId()).orElse(null);
        if (article == null) {
            return;
        }
        String link = "/comments/" + posted.commentId();
        String key = "comment:" + posted.commentId();
        if (posted.parentAuthorId() != null) {
            inbox.notify(posted.parentAuthorId(), NotificationKind.COMMENT_REPLY, posted.authorId(), article.title(),
                    link, null, key + ":reply");
        }
        if (!Objects.equals(posted.parentAuthorId(), posted.articleAuthorId())) {
            inbox.notify(posted.articleAuthorId(), NotificationKind.ARTICLE_COMMENT, posted.authorId(),
                    article.title(), link, null, key + ":article");
        }
    }

    /** The author hears whether their article was published, sent back for changes, or rejected. */
    @ApplicationModuleListener
    void on(ArticleReviewed reviewed) {
        ArticleRef article = catalog.findRef(reviewed.articleId()).orElse(null);
        if (article == null || reviewed.moderatorId() == reviewed.authorId()) {
            return;
        }
        NotificationKind kind;
        String link;
        switch (reviewed.newStatus()) {
            case PUBLISHED -> {
                kind = NotificationKind.ARTICLE_PUBLISHED;
                link = article.path();
            }
            case DRAFT -> {
                kind = NotificationKind.ARTICLE_SENT_BACK;
                link = article.path() + "/edit";
            }
            case REJECTED -> {
                kind = NotificationKind.ARTICLE_REJECTED;
                link = "/me/contributions";
            }
            default -> {
                return;
            }
        }
        // The event has no id of its own: its content names it. The same decision with the same note twice
        // would make one notification, which is no loss.
        String key = "article-reviewed:" + reviewed.articleId() + ":" + reviewed.newStatus() + ":"
                + digest(reviewed.moderatorId() + "\n" + reviewed.note());
        inbox.notify(reviewed.authorId(), kind, null, article.title(), link, reviewed.note(), key);
    }

    /**
     * Everyone whose report was handled hears the decision and its reason. Keyed by the moderation item: should a
     * decision be undone and made again, the reporters keep the first notification.
     */
    @ApplicationModuleListener
    void on(ReportHandled handled) {
        NotificationKind kind = handled.upheld() ? NotificationKind.REPORT_UPHELD : NotificationKind.REPORT_DISMISSED;
        for (long reporterId : handled.reporterIds()) {
            inbox.notify(reporterId, kind, null, handled.title(), handled.link(), handled.reason(),
                    "report-handled:" + handled.itemId());
        }
    }

    /** The author hears why a moderator warned them. */
    @ApplicationModuleListener
    void on(AuthorWarned warned) {
        inbox.notify(warned.authorId(), NotificationKind.AUTHOR_WARNED, null, warned.title(), warned.link(),
                warned.reason(), "author-warned:" + warned.itemId());
    }

    /**
     * The author hears that moderators hid their article, and why. Keyed by the hiding's time: an article hidden,
     * restored and hidden again notifies twice.
     */
    @ApplicationModuleListener
    void on(ArticleUnpublished hidden) {
        ArticleRef article = catalog.findRef(hidden.articleId()).orElse(null);
        if (article == null || hidden.moderatorId() == hidden.authorId()) {
            return;
        }
        inbox.notify(hidden.authorId(), NotificationKind.ARTICLE_HIDDEN, null, article.title(), article.path(),
                hidden.reason(), "article-hidden:" + hidden.articleId() + ":" + hidden.hiddenAt().toEpochMilli());
    }

    /** The author hears that their hidden article is published again (not "published": that was its first time). */
    @ApplicationModuleListener
    void on(ArticleRestored restored) {
        ArticleRef article = catalog.findRef(restored.articleId()).orElse(null);
        if (article == null || restored.moderatorId() == restored.authorId()) {
            return;
        }
        inbox.notify(restored.authorId(), NotificationKind.ARTICLE_RESTORED, null, article.title(), article.path(),
                null, "article-restored:" + restored.articleId() + ":" + restored.restoredAt().toEpochMilli());
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JRE", ex);
        }
    }
}
