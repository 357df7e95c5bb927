package id.serambi.membership.internal;

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

    static Application of(ImportedMember row) {
        Application form = new Application();
        form.setFullName(row.fullName());
        form.setNik(row.nik());
        form.setBirthPlace(row.birthPlace());
        form.setBirthDate(row.birthDate());
        form.setSex(row.sex());
        form.setAddress(row.address());
        form.setRegionCode(row.regionCode());
        form.setMotherMaidenName(row.motherMaidenNameInFile() ? row.motherMaidenName() : NOT_IN_FILE);
        form.setPhone(row.phone());
        form.setEmail(row.email());
        form.setCategory(row.category());
        form.setInstitution(row.institution());
        form.setGuardianName(row.guardianName());
        // The member consented when the old system registered them; the administrator confirms that on import.
        form.setConsent(true);
        form.setGuardianConsent(true);
        return form;
    }

    static ValidApplication withoutMotherName(ValidApplication a) {
        return new ValidApplication(a.fullName(), a.nik(), a.birthPlace(), a.birthDate(), a.sex(), a.address(),
                a.home(), null, a.phoneE164(), a.email(), a.category(), a.institution(), a.institutionRegion(),
                a.guardianName(), a.minor(), a.documents(), a.warnings());
    }
}
