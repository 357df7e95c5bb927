package id.serambi.membership.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import id.serambi.regions.RegionDirectory;
import id.serambi.shared.FieldProblem;

/**
 * Checks a NIK's structure: 16 digits = province, regency, district (2 each), birth day (+40 for women), month,
 * year (2 each) and a serial (4, not 0000). The date part must be a real calendar date but never has to equal the
 * birth date (the NIK is for life); a region prefix missing from today's list is only a warning (codes get retired).
 */
@Component
public class NikValidator {

    static final String FIELD = "nik";

    private final RegionDirectory regions;

    public NikValidator(RegionDirectory regions) {
        this.regions = regions;
    }

    public NikCheck check(String raw) {
        String nik = raw == null ? "" : raw.strip();
        if (nik.isEmpty()) {
            return refused("membership.nik.required");
        }
        if (nik.length() != 16 || !nik.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return refused("membership.nik.format", nik.length());
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        Sex sex = day > 40 ? Sex.F : Sex.M;
        List<FieldProblem> problems = new ArrayList<>();
        if (!realDate(day > 40 ? day - 40 : day, Integer.parseInt(nik.substring(8, 10)),
                Integer.parseInt(nik.substring(10, 12)))) {
            problems.add(FieldProblem.of(FIELD, "membership.nik.date", nik.substring(6, 12)));
        }
        if (nik.endsWith("0000")) {
            problems.add(FieldProblem.of(FIELD, "membership.nik.serial"));
        }
        List<String> warnings = regions.districtByDigits(nik.substring(0, 6)).isPresent() ? List.of()
                : List.of("membership.warning.nikRegionUnknown:" + nik.substring(0, 6));
        return new NikCheck(problems, warnings, sex);
    }

    /** Whether day/month/yy is a real date in either century the two digits may stand for. */
    private static boolean realDate(int day, int month, int yy) {
        return dateExists(1900 + yy, month, day) || dateExists(2000 + yy, month, day);
    }

    private static boolean dateExists(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static NikCheck refused(String key, Object... args) {
        return new NikCheck(List.of(FieldProblem.of(FIELD, key, args)), List.of(), null);
    }

    /** The NIK as staff and the API show it: the region and serial, the rest hidden. */
    public static String mask(String nik) {
        return nik.substring(0, 4) + "*".repeat(nik.length() - 8) + nik.substring(nik.length() - 4);
    }
}
