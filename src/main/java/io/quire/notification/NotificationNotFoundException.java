package io.quire.notification;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No notification with that id: the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotificationNotFoundException extends RuntimeException {

    NotificationNotFoundException(long id) {
        super("No notification " + id);
    }
}
