package id.serambi.cards;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cards.internal.OneTimeCodes;
import id.serambi.cards.internal.PrintableMembers;
import id.serambi.libraries.Library;
import id.serambi.membership.MemberView;
import id.serambi.shared.DomainException;

/** The member's digital card: signing in on a phone with the member number and a one-time code. */
@Service
@Transactional
public class DigitalCardService {

    private final PrintableMembers printable;
    private final OneTimeCodes codes;

    DigitalCardService(PrintableMembers printable, OneTimeCodes codes) {
        this.printable = printable;
        this.codes = codes;
    }

    /**
     * Sends a sign-in code to an approved member's phone or e-mail; answers where it went (masked), or empty when
     * no code could be sent, without telling an unknown number from an unapproved one.
     */
    public Optional<String> sendCode(Library library, String memberNumber, String channel) {
        try {
            MemberView member = printable.require(library, memberNumber.strip());
            return Optional.of(codes.send(library, member, OneTimeCodes.Purpose.DIGITAL_CARD, channel));
        } catch (DomainException refused) {
            if ("TOO_MANY_CODES".equals(refused.code())) {
                throw refused;
            }
            return Optional.empty();
        }
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
