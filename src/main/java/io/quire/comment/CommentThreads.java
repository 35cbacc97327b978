package io.quire.comment;

import java.util.List;
import java.util.Optional;

import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleNotFoundException;
import io.quire.article.ArticleRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading comments. The listing methods run one SQL statement each, outside any transaction, because the
 * article page has a budget of one statement for its comments.
 */
@Service
public class CommentThreads {

    /** Top-level comments per page. */
    public static final int PAGE_SIZE = 20;

    /** Replies shown under a comment in a listing; the thread page shows up to {@link #THREAD_REPLIES}. */
    static final int REPLIES_SHOWN = 50;

    static final int THREAD_REPLIES = 1000;

    private static final int MAX_PAGE = 10_000;

    private final CommentQueries queries;
    private final CommentRepository comments;
    private final CommentViews views;
    private final ArticleCatalog catalog;

    CommentThreads(CommentQueries queries, CommentRepository comments, CommentViews views, ArticleCatalog catalog) {
        this.queries = queries;
        this.comments = comments;
        this.views = views;
        this.catalog = catalog;
    }

    /** The comments section of an article page: the given page of comments and an empty form. */
    public CommentSection section(long articleId, String articleSlug, CommentSort sort, int page,
            CommentViewer viewer) {
        return new CommentSection(articleId, articleSlug, page(articleId, articleSlug, sort, page, viewer), viewer,
                CommentFormView.blank(articleSlug, null, sort));
    }

    /** One page of top-level comments (numbered from 1), each with its first replies, in one statement. */
    public CommentThreadPage page(long articleId, String articleSlug, CommentSort sort, int page,
            CommentViewer viewer) {
        int number = Math.min(Math.max(page, 1), MAX_PAGE);
        List<CommentRow> rows = queries.pageWithReplies(articleId, sort, (number - 1) * PAGE_SIZE, PAGE_SIZE + 1,
                REPLIES_SHOWN);
        List<CommentRow> topLevel = rows.stream().filter(CommentRow::isTopLevel).sorted(sort.order()).toList();
        boolean hasMore = topLevel.size() > PAGE_SIZE;
        List<CommentRow> shown = hasMore ? topLevel.subList(0, PAGE_SIZE) : topLevel;
        return new CommentThreadPage(views.threads(shown, rows, articleSlug, viewer), sort, number, hasMore);
    }

    /**
     * The thread a comment belongs to, with all its replies.
     *
     * @throws CommentNotFoundException when there is no such thread to show (deleted, with no replies left)
     */
    public CommentThread thread(long commentId, CommentViewer viewer) {
        CommentRow row = queries.one(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
        long topId = row.isTopLevel() ? row.id() : row.parentId();
        List<CommentRow> rows = queries.thread(topId, THREAD_REPLIES);
        CommentRow top = rows.stream().filter(r -> r.id() == topId).findFirst()
                .filter(r -> r.status() != CommentStatus.DELETED || r.replyCount() > 0)
                .orElseThrow(() -> new CommentNotFoundException(commentId));
        ArticleRef article = publishedArticle(top.articleId());
        return new CommentThread(article, views.threads(List.of(top), rows, article.slug(), viewer).get(0));
    }

    /** One comment, without replies, as the viewer sees it. */
    public CommentView one(long commentId, CommentViewer viewer) {
        CommentRow row = queries.one(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
        return views.one(row, publishedArticle(row.articleId()).slug(), viewer);
    }

    public Optional<CommentRef> find(long commentId) {
        return comments.findById(commentId).map(Comment::toRef);
    }

    /**
     * The local path that shows a comment: the article page when its thread is on the first page of the
     * oldest-first listing, a later comments page otherwise, or the thread page for a reply far down a long
     * thread. Always ends with the comment's anchor. One transaction for its three or four reads: after every
     * comment posted without htmx, each read in a transaction of its own cost four round trips more.
     */
    @Transactional(readOnly = true)
    public String locate(long commentId) {
        Comment comment = comments.findById(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
        String anchor = "#comment-" + commentId;
        Comment top = comment.isTopLevel() ? comment : comments.findById(comment.getParentId()).orElseThrow();
        if (!comment.isTopLevel() && comments.replyCountOf(top.getId()) > REPLIES_SHOWN) {
            return "/comments/" + top.getId() + anchor;
        }
        String slug = publishedArticle(comment.getArticleId()).slug();
        long before = comments.countListedBefore(top.getArticleId(), top.getCreatedAt(), top.getId());
        long page = before / PAGE_SIZE + 1;
        return page == 1 ? "/articles/" + slug + anchor : "/articles/" + slug + "/comments?page=" + page + anchor;
    }

    private ArticleRef publishedArticle(long articleId) {
        return catalog.findRef(articleId).filter(ArticleRef::isPublished)
                .orElseThrow(() -> new ArticleNotFoundException("#" + articleId));
    }
}
