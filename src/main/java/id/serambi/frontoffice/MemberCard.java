package id.serambi.frontoffice;

import java.time.LocalDate;

import id.serambi.membership.MemberStatus;

/** The front office's copy of a member card, as the door and the internet room see it. */
public record MemberCard(String memberNumber, String fullName, String categoryCode, MemberStatus status,
        LocalDate expiresOn, String replacedBy) {

    /** Why this card does not let its holder in on the given day, or null when it does. */
    public CardRefusedException problemOn(LocalDate day) {
        return switch (status) {
            case APPROVED -> expiresOn == null || day.isAfter(expiresOn) ? CardRefusedException.expired(this) : null;
            case REPLACED -> CardRefusedException.replaced(this);
            case DEACTIVATED, ERASED -> CardRefusedException.deactivated(this);
            case PENDING_VERIFICATION, REVISION_REQUESTED -> CardRefusedException.notYetActive(this);
        };
    }
}
