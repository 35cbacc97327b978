package io.quire.improvement;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No pick, improvement or suggestion has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ProposalNotFoundException extends RuntimeException {

    ProposalNotFoundException(long id) {
        super("Nothing to improve with id " + id);
    }
}
