package id.serambi.membership.internal;

import java.util.List;

import id.serambi.membership.ApplicationDetails;
import id.serambi.membership.ImportedMember;

/** Turns an imported row into the application the registration validator checks. */
final class ImportApplications {

    /**
     * Stands in for the mother's maiden name when the export has no such column, so that the validator checks every
     * other rule; it is removed again before anything is encrypted or written.
     */
    private static final String NOT_IN_FILE = "-";

    private ImportApplications() {
    }

    static ApplicationDetails of(ImportedMember row) {
        // The member consented when the old system registered them; the administrator confirms that on import.
        return new ApplicationDetails(row.fullName(), row.nik(), row.birthPlace(), row.birthDate(), row.sex(),
                row.address(), row.regionCode(), null, null, null,
                row.motherMaidenNameInFile() ? row.motherMaidenName() : NOT_IN_FILE, row.phone(), row.email(),
                row.category(), row.institution(), null, row.guardianName(), true, true, List.of());
    }

    static ValidApplication withoutMotherName(ValidApplication a) {
        return new ValidApplication(a.fullName(), a.nik(), a.birthPlace(), a.birthDate(), a.sex(), a.address(),
                a.home(), null, a.phoneE164(), a.email(), a.category(), a.institution(), a.institutionRegion(),
                a.guardianName(), a.minor(), a.documents(), a.warnings());
    }
}
