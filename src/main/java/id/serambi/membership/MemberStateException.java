package id.serambi.membership;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/** A step that the member's current status does not allow, e.g. approving a replaced card (409 INVALID_STATE). */
public class MemberStateException extends DomainException {

    public MemberStateException(MemberStatus status, String action) {
        super(HttpStatus.CONFLICT, "INVALID_STATE", "membership.error.state", status.name(), action);
    }
}
