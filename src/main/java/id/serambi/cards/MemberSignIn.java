package id.serambi.cards;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cards.internal.OneTimeCodes;
import id.serambi.libraries.Library;
import id.serambi.membership.MemberStatus;
import id.serambi.membership.MemberView;
import id.serambi.membership.MembershipService;
import id.serambi.shared.DomainException;

/**
 * A member proves who they are with their member number and a one-time code sent to their phone or e-mail, as for
 * the digital card, but whatever the card's state (the member's data is theirs even when the card expired).
 */
@Service
@Transactional
public class MemberSignIn {

    private final MembershipService membership;
    private final OneTimeCodes codes;

    MemberSignIn(MembershipService membership, OneTimeCodes codes) {
        this.membership = membership;
        this.codes = codes;
    }

    /**
     * Sends a code for looking at one's personal data; answers where it went (masked), or empty when no code could
     * be sent, without telling an unknown number from one without contact.
     */
    public Optional<String> sendCode(Library library, String memberNumber, String channel) {
        String number = memberNumber == null ? "" : memberNumber.strip();
        Optional<MemberView> member = membership.find(library.id(), number)
                .filter(m -> m.status() != MemberStatus.ERASED && m.status() != MemberStatus.REPLACED);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(codes.send(library, member.get(), OneTimeCodes.Purpose.DATA_ACCESS, channel));
        } catch (DomainException refused) {
            if ("TOO_MANY_CODES".equals(refused.code())) {
                throw refused;
            }
            return Optional.empty();
        }
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
