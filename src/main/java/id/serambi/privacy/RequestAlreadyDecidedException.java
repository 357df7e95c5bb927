package id.serambi.privacy;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/** A request that was already approved or refused cannot be decided again (409 ALREADY_DECIDED). */
public class RequestAlreadyDecidedException extends DomainException {

    public RequestAlreadyDecidedException(long id, PrivacyRequest.Status status) {
        super(HttpStatus.CONFLICT, "ALREADY_DECIDED", "privacy.error.alreadyDecided", id, status.name());
    }
}
