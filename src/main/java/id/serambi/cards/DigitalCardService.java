package id.serambi.cards;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cards.internal.OneTimeCodes;
import id.serambi.cards.internal.PrintableMembers;
import id.serambi.libraries.Library;
import id.serambi.membership.MemberView;
import id.serambi.shared.DomainException;

/**
 * The member's digital card: signing in on a phone with the member number and a one-time code (stored in its own
 * short transaction and sent after it committed, so the class as a whole is not transactional).
 */
@Service
public class DigitalCardService {

    private final PrintableMembers printable;
    private final OneTimeCodes codes;

    DigitalCardService(PrintableMembers printable, OneTimeCodes codes) {
        this.printable = printable;
        this.codes = codes;
    }

    /**
     * Sends a sign-in code to an approved member's phone or e-mail when no limit holds; answers nothing either way,
     * so that no caller can tell a member from an unknown or unapproved number.
     */
    public void sendCode(Library library, String memberNumber, String channel) {
        MemberView member;
        try {
            member = printable.require(library, memberNumber.strip());
        } catch (DomainException notACardHolder) {
            return;
        }
        codes.sendQuietly(library, member, OneTimeCodes.Purpose.DIGITAL_CARD, channel);
    }

    /** Checks the code; a wrong try counts even though the sign-in fails (in its own transaction). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void signIn(Library library, String memberNumber, String code) {
        codes.verify(library, memberNumber.strip(), OneTimeCodes.Purpose.DIGITAL_CARD, code);
    }

    /** The member as the card page greets them. */
    @Transactional(readOnly = true)
    public MemberView member(Library library, String memberNumber) {
        return printable.require(library, memberNumber);
    }
}
