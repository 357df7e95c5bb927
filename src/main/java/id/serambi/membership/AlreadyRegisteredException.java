package id.serambi.membership;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/**
 * The NIK already belongs to a member of this library (409 ALREADY_REGISTERED); its message says where to go, nothing
 * more. The existing member's number is kept for staff pages only, never put in the message.
 */
public class AlreadyRegisteredException extends DomainException {

    private final String existingMemberNumber;

    public AlreadyRegisteredException() {
        this(null);
    }

    public AlreadyRegisteredException(String existingMemberNumber) {
        super(HttpStatus.CONFLICT, "ALREADY_REGISTERED", "membership.error.alreadyRegistered");
        this.existingMemberNumber = existingMemberNumber;
    }

    /** The member who holds the NIK, for the desk; null where an applicant registers themselves. */
    public String existingMemberNumber() {
        return existingMemberNumber;
    }
}
