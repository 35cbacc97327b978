package io.quire.article;

/** An action that the article's current status does not allow, e.g. editing a submitted draft. */
public class ArticleStateException extends RuntimeException {

    ArticleStateException(String message) {
        super(message);
    }
}
