package id.serambi.shared;

import org.springframework.http.HttpStatus;

/** Something asked for by its key does not exist (404 NOT_FOUND). */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... args) {
        super(HttpStatus.NOT_FOUND, "NOT_FOUND", messageKey, args);
    }
}
