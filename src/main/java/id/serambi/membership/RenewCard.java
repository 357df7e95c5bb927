package id.serambi.membership;

/** Extend an approved card by its category's period. */
public record RenewCard(String memberNumber) {
}
