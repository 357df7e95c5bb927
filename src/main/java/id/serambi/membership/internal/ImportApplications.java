package id.serambi.membership.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import id.serambi.membership.ApplicationDetails;
import id.serambi.membership.ImportedMember;
import id.serambi.shared.EmailAddresses;

/**
 * Turns an imported row into the application the registration validator checks. Older systems let staff leave fields
 * empty or fill them with placeholders ({@code -}, {@code 0}); what they never asked for must not cost a member:
 * <ul>
 * <li>no NIK (SLiMS has none; its {@code pin} is usually empty): the member comes as a legacy member whose NIK is
 * "not yet recorded", a warning staff see at the next visit;</li>
 * <li>a NIK typed with spaces, dots or dashes is read without them;</li>
 * <li>a phone or e-mail that is a placeholder is dropped; one that is not valid is dropped with a warning naming it;
 * no way to reach the member is a warning;</li>
 * <li>no address: kept as {@code -} with a warning;</li>
 * <li>a minor without a guardian, an empty mother's maiden name: a warning (asked for at the next visit).</li>
 * </ul>
 * Identity problems (no name, an impossible birth date, a NIK that is there but wrong) still refuse the row.
 */
final class ImportApplications {

    /**
     * Stands in for the mother's maiden name when the export has no such column, so that the validator checks every
     * other rule; it is removed again before anything is encrypted or written.
     */
    private static final String NOT_IN_FILE = "-";
    static final String NO_ADDRESS = "-";
    private static final Pattern PLACEHOLDER = Pattern.compile("[-0._/\\s]*|(?i)(null|none|n/?a|tidak ada|kosong)");
    private static final Pattern NIK_TYPING = Pattern.compile("[\\s.\\-]");

    private ImportApplications() {
    }

    /** The application to validate, the rules waived for it and the warnings its cleaning gave. */
    record Cleaned(ApplicationDetails form, Set<ApplicationValidator.Waiver> waived, List<String> warnings,
            boolean motherName) {
    }

    static Cleaned cleaned(ImportedMember row) {
        List<String> warnings = new ArrayList<>();
        Set<ApplicationValidator.Waiver> waived = EnumSet.of(ApplicationValidator.Waiver.CONTACT,
                ApplicationValidator.Waiver.GUARDIAN);
        String nik = placeholder(row.nik()) ? null : row.nik().strip();
        if (nik != null && NIK_TYPING.matcher(nik).find()
                && NIK_TYPING.matcher(nik).replaceAll("").chars().allMatch(Character::isDigit)) {
            nik = NIK_TYPING.matcher(nik).replaceAll("");
        }
        if (nik == null || nik.chars().allMatch(c -> c == '0')) {
            nik = null;
            waived.add(ApplicationValidator.Waiver.NIK);
            warnings.add("imports.warning.nikMissing");
        }
        String address = row.address();
        if (placeholder(address)) {
            address = NO_ADDRESS;
            warnings.add("imports.warning.addressMissing");
        }
        // INLISLite has the column but never required it: an empty one is asked for at the next visit.
        boolean motherName = row.motherMaidenNameInFile() && !placeholder(row.motherMaidenName());
        if (row.motherMaidenNameInFile() && !motherName) {
            warnings.add("imports.warning.motherNameMissing");
        }
        String phone = placeholder(row.phone()) ? null : row.phone().strip();
        if (phone != null && PhoneNumbers.toE164(phone).isEmpty()) {
            warnings.add("imports.warning.phoneDropped:" + phone);
            phone = null;
        }
        String email = placeholder(row.email()) ? null : row.email().strip();
        if (email != null && !EmailAddresses.isValid(email)) {
            warnings.add("imports.warning.emailDropped:" + email);
            email = null;
        }
        if (phone == null && email == null) {
            warnings.add("imports.warning.noContact");
        }
        // The member consented when the old system registered them; the administrator confirms that on import.
        ApplicationDetails form = new ApplicationDetails(row.fullName(), nik, row.birthPlace(), row.birthDate(),
                row.sex(), address, row.regionCode(), null, null, null,
                motherName ? row.motherMaidenName() : NOT_IN_FILE, phone,
                email == null ? null : email.toLowerCase(Locale.ROOT), row.category(),
                placeholder(row.institution()) ? null : row.institution(), null,
                placeholder(row.guardianName()) ? null : row.guardianName(), true, true, List.of());
        return new Cleaned(form, waived, warnings, motherName);
    }

    /** Empty, or what staff type into a field they have nothing for: -, 0, 000, n/a, "tidak ada", NULL. */
    static boolean placeholder(String value) {
        return value == null || PLACEHOLDER.matcher(value.strip()).matches();
    }

    static ValidApplication withoutMotherName(ValidApplication a) {
        return new ValidApplication(a.fullName(), a.nik(), a.birthPlace(), a.birthDate(), a.sex(), a.address(),
                a.home(), null, a.phoneE164(), a.email(), a.category(), a.institution(), a.institutionRegion(),
                a.guardianName(), a.minor(), a.documents(), a.warnings());
    }

    static ValidApplication withWarnings(ValidApplication a, List<String> warnings) {
        if (warnings.isEmpty()) {
            return a;
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(a.warnings());
        return Registrations.withWarnings(a, all);
    }
}
