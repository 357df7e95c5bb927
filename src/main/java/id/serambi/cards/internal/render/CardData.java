package id.serambi.cards.internal.render;

import java.time.LocalDate;

/**
 * What one card shows of its member.
 *
 * @param memberNumber printed, and encoded in the barcode and QR code
 * @param fullName the member's name
 * @param categoryName the patron category as the library names it
 * @param validUntil last day the card is valid
 * @param photoJpeg the member's photo as JPEG, or null when none was taken
 */
public record CardData(String memberNumber, String fullName, String categoryName, LocalDate validUntil,
        byte[] photoJpeg) {

    public boolean hasPhoto() {
        return photoJpeg != null && photoJpeg.length > 0;
    }
}
