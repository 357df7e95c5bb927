package id.serambi.membership;

import java.time.Instant;
import java.util.List;

/**
 * What membership holds about one member, as the member may see it (UU PDP): the record with the NIK masked, the
 * documents shown, consents, the member's history and every full view of the NIK.
 */
public record PersonalData(MemberView member, List<String> documents, List<Consent> consents,
        List<HistoryEntry> history, List<Disclosure> disclosures) {

    /** A consent given at registration. */
    public record Consent(String purpose, String retention, String givenBy, Instant givenAt) {
    }

    /** One step of the member's history. */
    public record HistoryEntry(String action, String note, Instant at) {
    }

    /** A full view of the NIK by staff: who, when and why. */
    public record Disclosure(String memberNumber, String staffUsername, String staffName, String reason,
            Instant at) {
    }
}
