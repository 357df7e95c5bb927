package id.serambi.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Column sets of the member exports of INLISLite ({@code members} table) and SLiMS ({@code member} table), and a
 * custom one mapped by hand. Sex codes: INLISLite {@code Sex_id} 1 = laki-laki, 2 = perempuan; SLiMS
 * {@code gender} 1 = laki-laki, 0 = perempuan. SLiMS keeps the identity number in {@code pin} and has no mother's
 * maiden name.
 */
public enum Preset {
    INLISLITE(Map.ofEntries(Map.entry(Target.MEMBER_NUMBER, "MemberNo"), Map.entry(Target.FULL_NAME, "Fullname"),
            Map.entry(Target.NIK, "IdentityNo"), Map.entry(Target.BIRTH_PLACE, "PlaceOfBirth"),
            Map.entry(Target.BIRTH_DATE, "DateOfBirth"), Map.entry(Target.SEX, "Sex_id"),
            Map.entry(Target.ADDRESS, "Address"), Map.entry(Target.MOTHER_NAME, "MotherMaidenName"),
            Map.entry(Target.PHONE, "Phone"), Map.entry(Target.EMAIL, "Email"),
            Map.entry(Target.MEMBER_TYPE, "JenisAnggota_id"), Map.entry(Target.INSTITUTION, "InstitutionName"),
            Map.entry(Target.REGISTERED_ON, "RegisterDate"), Map.entry(Target.EXPIRES_ON, "EndDate")),
            Map.of("1", "M", "2", "F")),
    SLIMS(Map.ofEntries(Map.entry(Target.MEMBER_NUMBER, "member_id"), Map.entry(Target.FULL_NAME, "member_name"),
            Map.entry(Target.NIK, "pin"), Map.entry(Target.BIRTH_PLACE, "birth_place"),
            Map.entry(Target.BIRTH_DATE, "birth_date"), Map.entry(Target.SEX, "gender"),
            Map.entry(Target.ADDRESS, "member_address"), Map.entry(Target.PHONE, "member_phone"),
            Map.entry(Target.EMAIL, "member_email"), Map.entry(Target.MEMBER_TYPE, "member_type_id"),
            Map.entry(Target.INSTITUTION, "inst_name"), Map.entry(Target.REGISTERED_ON, "register_date"),
            Map.entry(Target.EXPIRES_ON, "expire_date"), Map.entry(Target.MEMBER_SINCE, "member_since_date"),
            Map.entry(Target.POSTAL_CODE, "postal_code"), Map.entry(Target.NOTES, "member_notes")),
            Map.of("1", "M", "0", "F")),
    /**
     * SLiMS 9's own member export (Membership → Export Data, {@code admin/modules/membership/export.php}): 18 columns in
     * a fixed order, the member type by its name, no birth place and no mother's name; the header row is optional (off
     * by default) and ends with a separator. Its escaping is undone by the reader (see {@link Upload.Dialect}).
     */
    SLIMS_EXPORT(Map.ofEntries(Map.entry(Target.MEMBER_NUMBER, "member_id"),
            Map.entry(Target.FULL_NAME, "member_name"), Map.entry(Target.SEX, "gender"),
            Map.entry(Target.MEMBER_TYPE, "member_type_name"), Map.entry(Target.EMAIL, "member_email"),
            Map.entry(Target.ADDRESS, "member_address"), Map.entry(Target.POSTAL_CODE, "postal_code"),
            Map.entry(Target.INSTITUTION, "inst_name"), Map.entry(Target.NIK, "pin"),
            Map.entry(Target.PHONE, "member_phone"), Map.entry(Target.MEMBER_SINCE, "member_since_date"),
            Map.entry(Target.REGISTERED_ON, "register_date"), Map.entry(Target.EXPIRES_ON, "expire_date"),
            Map.entry(Target.BIRTH_DATE, "birth_date"), Map.entry(Target.NOTES, "member_notes")),
            Map.of("1", "M", "0", "F")),
    /**
     * INLISLite 3's member report (Laporan → Anggota → Export Excel, saved as CSV): the columns chosen there under
     * their Indonesian labels, sex and member type by name, dates day-month-year.
     */
    INLISLITE_ANGGOTA(Map.ofEntries(Map.entry(Target.MEMBER_NUMBER, "Nomor Anggota"),
            Map.entry(Target.FULL_NAME, "Nama Lengkap"), Map.entry(Target.BIRTH_PLACE, "Tempat Lahir"),
            Map.entry(Target.BIRTH_DATE, "Tanggal Lahir"), Map.entry(Target.ADDRESS, "Alamat"),
            Map.entry(Target.PHONE, "Telepon"), Map.entry(Target.EMAIL, "Email"),
            Map.entry(Target.INSTITUTION, "Nama Institusi"), Map.entry(Target.NIK, "Nomor Identitas"),
            Map.entry(Target.REGISTERED_ON, "Tanggal Registrasi"), Map.entry(Target.EXPIRES_ON, "Tanggal Berakhir"),
            Map.entry(Target.SEX, "Jenis Kelamin"), Map.entry(Target.MEMBER_TYPE, "Jenis Anggota")),
            Map.of("laki-laki", "M", "perempuan", "F", "l", "M", "p", "F")),
    CUSTOM(Map.of(), Map.of());

    /** The columns of SLiMS 9's member export in the order it writes them (also when it writes no header row). */
    public static final List<String> SLIMS_EXPORT_COLUMNS = List.of("member_id", "member_name", "gender",
            "member_type_name", "member_email", "member_address", "postal_code", "inst_name", "is_new",
            "member_image", "pin", "member_phone", "member_fax", "member_since_date", "register_date", "expire_date",
            "birth_date", "member_notes");

    private final Map<Target, String> columns;
    private final Map<String, String> sexCodes;

    Preset(Map<Target, String> columns, Map<String, String> sexCodes) {
        this.columns = columns;
        this.sexCodes = sexCodes;
    }

    public Map<Target, String> columns() {
        return columns.isEmpty() ? new EnumMap<>(Target.class) : new EnumMap<>(columns);
    }

    public Map<String, String> sexCodes() {
        return sexCodes;
    }

    /** The preset whose key columns the header holds, else CUSTOM. */
    public static Preset detect(List<String> header) {
        if (header.contains("member_name") && header.contains("member_type_name")) {
            return SLIMS_EXPORT;
        }
        if (header.contains("Nama Lengkap")
                && (header.contains("Nomor Anggota") || header.contains("Nomor Identitas"))) {
            return INLISLITE_ANGGOTA;
        }
        for (Preset preset : List.of(INLISLITE, SLIMS)) {
            if (header.contains(preset.columns.get(Target.FULL_NAME))
                    && header.contains(preset.columns.get(Target.NIK))) {
                return preset;
            }
        }
        return CUSTOM;
    }
}
