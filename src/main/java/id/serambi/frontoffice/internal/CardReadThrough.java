package id.serambi.frontoffice.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.serambi.frontoffice.MemberCard;
import id.serambi.libraries.LibraryId;
import id.serambi.membership.MemberView;
import id.serambi.membership.MembershipService;

/**
 * The copy of a card is written after membership commits, so a member approved, renewed or replaced a moment ago may
 * not be in it yet. Where the copy refuses a card (or has none), membership's own state decides; a card the copy
 * lets in is taken as it is, so the plain scan pays nothing.
 */
@Component
public class CardReadThrough {

    private final MembershipService membership;
    private final MemberCardRepository cards;

    CardReadThrough(MembershipService membership, MemberCardRepository cards) {
        this.membership = membership;
        this.cards = cards;
    }

    /** The copy's card when it lets its holder in on the day; otherwise membership's, or the copy's if unknown. */
    public Optional<MemberCard> card(LibraryId library, String memberNumber, MemberCard copied, LocalDate day) {
        return Optional.ofNullable(read(library, memberNumber, copied, day, false));
    }

    /** The same for a scan, which writes the card into the copy when it had none, to mark the first visit there. */
    MemberCard forScan(LibraryId library, String memberNumber, MemberCard copied, LocalDate day) {
        return read(library, memberNumber, copied, day, true);
    }

    private MemberCard read(LibraryId library, String memberNumber, MemberCard copied, LocalDate day,
            boolean fillCopy) {
        if (copied != null && copied.problemOn(day) == null) {
            return copied;
        }
        Optional<MemberView> member = membership.find(library, memberNumber);
        if (member.isEmpty()) {
            return copied;
        }
        MemberCard current = card(member.get());
        if (copied == null && fillCopy) {
            cards.insertMissing(library, member.get().memberId(), current);
        }
        return current;
    }

    private static MemberCard card(MemberView member) {
        return new MemberCard(member.memberNumber(), member.fullName(), member.categoryCode(), member.status(),
                member.expiresOn(), member.replacedBy());
    }
}
