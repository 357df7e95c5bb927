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

    /**
     * The warning when a card was recognised by the number the member had in the old system an import brought them
     * from (or by the same number in another letter case); {@code memberNumber} is then the current number.
     */
    public static final String FORMER_NUMBER = "FORMER_NUMBER";
}
