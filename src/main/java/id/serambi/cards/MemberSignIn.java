package id.serambi.cards;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cards.internal.OneTimeCodes;
import id.serambi.libraries.Library;
import id.serambi.membership.MemberStatus;
import id.serambi.membership.MembershipService;

/**
 * A member proves who they are with their member number and a one-time code sent to their phone or e-mail, as for
 * the digital card, but whatever the card's state (the member's data is theirs even when the card expired). Not
 * transactional as a whole: the code is stored in its own short transaction and sent after it committed.
 */
@Service
public class MemberSignIn {

    private final MembershipService membership;
    private final OneTimeCodes codes;

    MemberSignIn(MembershipService membership, OneTimeCodes codes) {
        this.membership = membership;
        this.codes = codes;
    }

    /**
     * Sends a code for looking at one's personal data when the number belongs to a member with that contact and no
     * limit holds; answers nothing either way, so that no caller can tell a member from an unknown number.
     */
    public void sendCode(Library library, String memberNumber, String channel) {
        String number = memberNumber == null ? "" : memberNumber.strip();
        membership.find(library.id(), number)
                .filter(m -> m.status() != MemberStatus.ERASED && m.status() != MemberStatus.REPLACED)
                .ifPresent(member -> codes.sendQuietly(library, member, OneTimeCodes.Purpose.DATA_ACCESS, channel));
    }

    /**
     * Checks the code; a wrong try counts even though the sign-in fails (in its own transaction, whatever surrounds
     * this call). Answers the member number signed in.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public String signIn(Library library, String memberNumber, String code) {
        String number = memberNumber == null ? "" : memberNumber.strip();
        codes.verify(library, number, OneTimeCodes.Purpose.DATA_ACCESS, code);
        return number;
    }
}
