package id.serambi.membership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A live member as another system needs it to lend: what the SLiMS and INLISLite member files carry, never the NIK or
 * the mother's maiden name. {@code memberSince} is the first registration (an old system's, else this one's); the
 * category by its code and name.
 */
public record ChangedMember(long id, String memberNumber, String fullName, String birthPlace, LocalDate birthDate,
        String sex, String address, String postalCode, String phone, String email, String categoryCode,
        String categoryName, String institution, LocalDate memberSince, LocalDate registeredOn, LocalDate expiresOn,
        String notes, Instant createdAt, Instant updatedAt) {
}
