package id.serambi.cards;

import java.time.LocalDate;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

import id.serambi.membership.MemberStatus;
import id.serambi.shared.DomainException;

/** A card is printed or handed over only for an approved member whose card has not expired (409). */
public class MemberNotApprovedException extends DomainException {

    public MemberNotApprovedException(String memberNumber, MemberStatus status) {
        super(HttpStatus.CONFLICT, "MEMBER_NOT_APPROVED", "cards.error.notApproved", memberNumber,
                new DefaultMessageSourceResolvable(new String[] {"membership.status." + status.name()}, status.name()));
    }

    private MemberNotApprovedException(String memberNumber, LocalDate expiredOn) {
        super(HttpStatus.CONFLICT, "MEMBER_NOT_APPROVED", "cards.error.expired", memberNumber, expiredOn.toString());
    }

    /** An approved member whose card is past its expiry date: renew first. */
    public static MemberNotApprovedException expired(String memberNumber, LocalDate expiredOn) {
        return new MemberNotApprovedException(memberNumber, expiredOn);
    }
}
