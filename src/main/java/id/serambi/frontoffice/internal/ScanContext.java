package id.serambi.frontoffice.internal;

import java.time.Instant;

import id.serambi.frontoffice.ExpiredCardPolicy;
import id.serambi.frontoffice.MemberCard;

/**
 * Everything a card scan needs, read in one round trip: the card, the library's rules, whether the purpose and room
 * are on its lists, and the member's visit within the duplicate window.
 *
 * @param card null for an unknown number
 * @param earlierVisitId null when the member was not counted within the window
 */
public record ScanContext(MemberCard card, boolean firstScan, ExpiredCardPolicy expiredCardPolicy, String purpose,
        boolean purposeActive, boolean locationActive, Long earlierVisitId, Instant earlierVisitAt) {

    /** The same with the card as membership has it (see {@link CardReadThrough}). */
    ScanContext withCard(MemberCard current) {
        return new ScanContext(current, firstScan, expiredCardPolicy, purpose, purposeActive, locationActive,
                earlierVisitId, earlierVisitAt);
    }
}
