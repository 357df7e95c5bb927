package id.serambi.membership;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An application for membership as the applicant or staff typed it (desk form, KTA Online form or JSON): plain text,
 * checked field by field when a command carries it. Immutable, so that checking it can never change what the form
 * shows again.
 */
public record ApplicationDetails(String fullName, String nik, String birthPlace, String birthDate, String sex,
        String address, String regionCode, String provinceCode, String regencyCode, String districtCode,
        String motherMaidenName, String phone, String email, String category, String institution,
        String institutionRegion, String guardianName, boolean guardianConsent, boolean consent,
        List<DocumentSeen> documents) {

    public ApplicationDetails {
        // A JSON list may hold nulls; the validator skips them, so they are kept rather than refused here.
        documents = documents == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(documents));
    }

    /** The same application with another NIK and mother's maiden name (a correction that keeps the stored ones). */
    public ApplicationDetails withIdentity(String nik, String motherMaidenName) {
        return new ApplicationDetails(fullName, nik, birthPlace, birthDate, sex, address, regionCode, provinceCode,
                regencyCode, districtCode, motherMaidenName, phone, email, category, institution, institutionRegion,
                guardianName, guardianConsent, consent, documents);
    }
}
