package io.quire.report;

import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleRef;
import io.quire.comment.CommentRef;
import io.quire.comment.CommentThreads;

import org.springframework.stereotype.Component;

/** Finds what a report is about in the modules that own it. Only published articles and their comments count. */
@Component
class ReportTargets {

    private final ArticleCatalog catalog;
    private final CommentThreads comments;

    ReportTargets(ArticleCatalog catalog, CommentThreads comments) {
        this.catalog = catalog;
        this.comments = comments;
    }

    /** A published article, to report. */
    ReportTarget article(String slug) {
        return catalog.findRef(slug).filter(ArticleRef::isPublished).map(ReportTargets::of)
                .orElseThrow(() -> new ReportNotFoundException("/articles/" + slug));
    }

    /** A comment that is still there, under a published article, to report. */
    ReportTarget comment(long commentId) {
        CommentRef comment = comments.find(commentId).filter(c -> !c.isDeleted())
                .orElseThrow(() -> new ReportNotFoundException("/comments/" + commentId));
        return of(comment, publishedArticle(comment.articleId(), "/comments/" + commentId));
    }

    /** A target as the review page needs it: a deleted comment still has a place and an author. */
    ReportTarget reviewed(TargetType type, long id) {
        String where = type.subject() + "/" + id;
        return switch (type) {
            case ARTICLE -> catalog.findRef(id).map(ReportTargets::of).orElseThrow(() -> new ReportNotFoundException(where));
            case COMMENT -> {
                CommentRef comment = comments.find(id).orElseThrow(() -> new ReportNotFoundException(where));
                yield of(comment, catalog.findRef(comment.articleId()).orElseThrow(() -> new ReportNotFoundException(where)));
            }
        };
    }

    /** Whether the article is still published (not yet hidden), so that hiding it is still to be done. */
    boolean isPublishedArticle(long articleId) {
        return catalog.findRef(articleId).filter(ArticleRef::isPublished).isPresent();
    }

    private ArticleRef publishedArticle(long articleId, String where) {
        return catalog.findRef(articleId).filter(ArticleRef::isPublished)
                .orElseThrow(() -> new ReportNotFoundException(where));
    }

    private static ReportTarget of(ArticleRef article) {
        return new ReportTarget(TargetType.ARTICLE, article.id(), article.authorId(), article.title(), article.path(),
                article.slug(), article.categoryId());
    }

    private static ReportTarget of(CommentRef comment, ArticleRef article) {
        return new ReportTarget(TargetType.COMMENT, comment.id(), comment.authorId(), article.title(), comment.path(),
                article.slug(), article.categoryId());
    }
}
