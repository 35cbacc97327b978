package io.quire.reaction;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No reading list or saved item with that id: the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class SavedNotFoundException extends RuntimeException {

    SavedNotFoundException(String what) {
        super("No " + what);
    }
}
