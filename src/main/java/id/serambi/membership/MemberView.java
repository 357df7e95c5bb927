package id.serambi.membership;

import java.time.LocalDate;

/**
 * A member as other modules and the pages see it: never the full NIK (only {@code nikMasked}), never the mother's
 * maiden name.
 */
public record MemberView(long memberId, String memberNumber, String fullName, String categoryCode,
        String categoryName, MemberStatus status, LocalDate registeredOn, LocalDate expiresOn, String phoneE164,
        String email, String institution, String nikMasked, String birthPlace, LocalDate birthDate, String sex,
        String address, String channel, String replaces, String replacedBy) {

    /** Whether a card may be printed for this member (approved and not expired on the given day). */
    public boolean cardAllowedOn(LocalDate day) {
        return status == MemberStatus.APPROVED && expiresOn != null && !day.isAfter(expiresOn);
    }
}
