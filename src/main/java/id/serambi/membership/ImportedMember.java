package id.serambi.membership;

import java.time.LocalDate;
import java.util.List;

/**
 * One member as an older system exported it, already read out of its columns: text exactly as in the file (dates of
 * birth as ISO text when the importer could read them), checked by {@link MemberImport} with the registration rules.
 * {@code motherMaidenNameInFile} is false when the export has no such column (SLiMS): then it is not asked for.
 * {@code memberSince} (the first registration, SLiMS's {@code member_since_date}), {@code postalCode} and
 * {@code notes} are kept as the old system had them; {@code readingWarnings} (message keys, {@code key:argument}) tell
 * staff how a value was read (a date taken as day/month).
 */
public record ImportedMember(String oldNumber, String fullName, String nik, String birthPlace, String birthDate,
        String sex, String address, String regionCode, String motherMaidenName, boolean motherMaidenNameInFile,
        String phone, String email, String category, String institution, String guardianName, LocalDate registeredOn,
        LocalDate expiresOn, LocalDate memberSince, String postalCode, String notes, List<String> readingWarnings) {

    public ImportedMember {
        readingWarnings = readingWarnings == null ? List.of() : List.copyOf(readingWarnings);
    }

    public ImportedMember(String oldNumber, String fullName, String nik, String birthPlace, String birthDate,
            String sex, String address, String regionCode, String motherMaidenName, boolean motherMaidenNameInFile,
            String phone, String email, String category, String institution, String guardianName,
            LocalDate registeredOn, LocalDate expiresOn) {
        this(oldNumber, fullName, nik, birthPlace, birthDate, sex, address, regionCode, motherMaidenName,
                motherMaidenNameInFile, phone, email, category, institution, guardianName, registeredOn, expiresOn,
                null, null, null, List.of());
    }
}
