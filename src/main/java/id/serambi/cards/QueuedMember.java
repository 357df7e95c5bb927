package id.serambi.cards;

import java.time.Instant;
import java.time.LocalDate;

/** An approved member still waiting for a first card, as the print queue lists them. */
public record QueuedMember(String memberNumber, String fullName, String categoryCode, LocalDate expiresOn,
        Instant approvedAt) {
}
