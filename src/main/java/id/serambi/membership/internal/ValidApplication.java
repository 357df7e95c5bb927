package id.serambi.membership.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.serambi.libraries.DocumentType;
import id.serambi.libraries.MemberCategory;
import id.serambi.membership.HomeRegion;

/** An application that passed every check, with the warnings staff should look at. */
public record ValidApplication(String fullName, String nik, String birthPlace, LocalDate birthDate, Sex sex,
        String address, HomeRegion home, String motherMaidenName, String phoneE164, String email,
        MemberCategory category, String institution, String institutionRegion, String guardianName, boolean minor,
        Map<DocumentType, String> documents, List<String> warnings) {
}
