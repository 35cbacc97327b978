package io.quire.article;

/** Just enough about an article for other modules to link to it and check who owns it. */
public record ArticleRef(long id, String slug, String title, long authorId, ArticleStatus status,
        int currentRevision, Long categoryId) {

    public String path() {
        return "/articles/" + slug;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }
}
