package id.serambi.frontoffice;

import java.time.Instant;

/**
 * What the guest book answers to an entry.
 *
 * @param duplicate true when the member was already counted within the library's window: nothing new was written
 *        and {@code visitId} is the earlier visit
 * @param warningCode a card problem the library only warns about (e.g. {@code CARD_EXPIRED}), else null
 */
public record VisitReceipt(long visitId, VisitorType visitorType, String memberNumber, String memberName,
        int people, Instant visitedAt, boolean duplicate, String warningCode) {
}
