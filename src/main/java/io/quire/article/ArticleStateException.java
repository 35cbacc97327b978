package io.quire.article;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An action that the article's current status does not allow, e.g. editing a submitted draft: a 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ArticleStateException extends RuntimeException {

    ArticleStateException(String message) {
        super(message);
    }
}
