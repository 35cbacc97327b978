package io.quire.article;

/** A link to another article: "Next Article", "Previous". */
public record ArticleLink(long id, String slug, String title) {

    public String path() {
        return "/articles/" + slug;
    }
}
