package id.serambi.membership;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/** The library does not offer KTA Online in its published standard (404). */
public class OnlineRegistrationClosedException extends DomainException {

    public OnlineRegistrationClosedException(String library) {
        super(HttpStatus.NOT_FOUND, "ONLINE_REGISTRATION_NOT_OFFERED", "membership.error.noOnline", library);
    }
}
