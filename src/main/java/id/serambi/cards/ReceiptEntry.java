package id.serambi.cards;

import java.time.Instant;

/**
 * One line of the hand-over receipt book (buku tanda terima kartu).
 *
 * @param phoneCheck {@code CODE} when the member typed back a code sent to the number, {@code STAFF} when staff
 *        confirmed it otherwise, {@code NONE} when the number was not confirmed
 */
public record ReceiptEntry(long id, String memberNumber, String memberName, Long cardId, Instant handedOverAt,
        String staffName, String phoneE164, boolean phoneConfirmed, String phoneCheck, String signatureName,
        boolean signatureDrawn) {
}
