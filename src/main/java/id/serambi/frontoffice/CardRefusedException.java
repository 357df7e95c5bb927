package id.serambi.frontoffice;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/** A scanned card does not let its holder in (422 with a code per reason). */
public class CardRefusedException extends DomainException {

    public static final String EXPIRED = "CARD_EXPIRED";

    private final String memberName;

    private CardRefusedException(String code, String messageKey, String memberName, Object... args) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, code, messageKey, args);
        this.memberName = memberName;
    }

    public static CardRefusedException unknown(String memberNumber) {
        return new CardRefusedException("UNKNOWN_CARD", "frontoffice.card.unknown", null, memberNumber);
    }

    public static CardRefusedException expired(MemberCard card) {
        return new CardRefusedException(EXPIRED, "frontoffice.card.expired", card.fullName(), card.fullName(),
                card.expiresOn() == null ? "-" : card.expiresOn().toString());
    }

    public static CardRefusedException replaced(MemberCard card) {
        return new CardRefusedException("CARD_BLOCKED", "frontoffice.card.replaced", card.fullName(),
                card.fullName(), card.replacedBy() == null ? "-" : card.replacedBy());
    }

    public static CardRefusedException deactivated(MemberCard card) {
        return new CardRefusedException("CARD_BLOCKED", "frontoffice.card.deactivated", card.fullName(),
                card.fullName());
    }

    public static CardRefusedException notYetActive(MemberCard card) {
        return new CardRefusedException("CARD_NOT_ACTIVE", "frontoffice.card.notActive", card.fullName(),
                card.fullName());
    }

    /** The holder's name, when the card is known (the kiosk greets by name even when it refuses). */
    public String memberName() {
        return memberName;
    }
}
