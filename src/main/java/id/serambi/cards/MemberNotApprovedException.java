package id.serambi.cards;

import org.springframework.http.HttpStatus;

import id.serambi.membership.MemberStatus;
import id.serambi.shared.DomainException;

/** A card is printed or handed over only for an approved member whose card has not expired (409). */
public class MemberNotApprovedException extends DomainException {

    public MemberNotApprovedException(String memberNumber, MemberStatus status) {
        super(HttpStatus.CONFLICT, "MEMBER_NOT_APPROVED", "cards.error.notApproved", memberNumber, status.name());
    }
}
