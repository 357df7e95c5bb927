package id.serambi.cards;

/**
 * A card handed over to its member.
 *
 * @param phoneConfirmed whether staff confirmed the member's phone number is active and theirs
 * @param signatureName the member's name typed as signature, where no pad exists
 * @param signaturePng the member's signature drawn on screen, as a {@code data:image/png;base64,…} URL, or null
 */
public record Handover(Boolean phoneConfirmed, String signatureName, String signaturePng) {
}
