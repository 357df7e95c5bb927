package id.serambi.cards;

/**
 * A card handed over to its member.
 *
 * @param phoneConfirmed whether staff confirmed the member's phone number is active and theirs; enough only where the
 *        library does not require the number proven
 * @param signatureName the member's name typed as signature, where no pad exists
 * @param signaturePng the member's signature drawn on screen, as a {@code data:image/png;base64,…} URL, or null
 * @param phoneShown the number the member shows on their phone, typed by staff; it must equal the one on record
 */
public record Handover(Boolean phoneConfirmed, String signatureName, String signaturePng, String phoneShown) {

    public Handover(Boolean phoneConfirmed, String signatureName, String signaturePng) {
        this(phoneConfirmed, signatureName, signaturePng, null);
    }
}
