package id.serambi.membership;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/** The NIK already belongs to a member of this library (409 ALREADY_REGISTERED); says where to go, nothing more. */
public class AlreadyRegisteredException extends DomainException {

    public AlreadyRegisteredException() {
        super(HttpStatus.CONFLICT, "ALREADY_REGISTERED", "membership.error.alreadyRegistered");
    }
}
