package io.quire.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing to report or review there: the item does not exist, is not public, or was never reported. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReportNotFoundException extends RuntimeException {

    ReportNotFoundException(String what) {
        super("Nothing reportable at " + what);
    }
}
