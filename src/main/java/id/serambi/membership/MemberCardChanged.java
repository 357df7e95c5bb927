package id.serambi.membership;

import java.time.Instant;
import java.time.LocalDate;

import id.serambi.libraries.LibraryId;

/**
 * What the front desk needs to know of a member number changed: published (within the same transaction) whenever a
 * member is registered, approved, corrected, renewed, replaced or deactivated. Modules that check cards at the door
 * keep their own copy from these events.
 *
 * @param library the library
 * @param memberId the member's internal id
 * @param memberNumber the number printed on the card
 * @param fullName the member's name, for the greeting
 * @param categoryCode the patron category
 * @param status the member's status
 * @param expiresOn last day the card is valid, or null while not yet approved
 * @param replacedBy the number that replaces this one, when {@code status} is {@code REPLACED}
 * @param at when it changed
 */
public record MemberCardChanged(LibraryId library, long memberId, String memberNumber, String fullName,
        String categoryCode, MemberStatus status, LocalDate expiresOn, String replacedBy, Instant at) {

    /** Whether the card lets its holder in on the given day. */
    public boolean validOn(LocalDate day) {
        return status == MemberStatus.APPROVED && expiresOn != null && !day.isAfter(expiresOn);
    }
}
