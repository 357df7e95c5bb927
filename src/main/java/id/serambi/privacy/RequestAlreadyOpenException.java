package id.serambi.privacy;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/** The member already has an open request of this kind (409 REQUEST_ALREADY_OPEN). */
public class RequestAlreadyOpenException extends DomainException {

    public RequestAlreadyOpenException(PrivacyRequest.Kind kind) {
        super(HttpStatus.CONFLICT, "REQUEST_ALREADY_OPEN", "privacy.error.alreadyOpen", kind.name());
    }
}
