package id.serambi.imports.internal;

import java.time.LocalDate;
import java.util.List;

import id.serambi.imports.ExportFormat;
import id.serambi.membership.ChangedMember;

/**
 * Writes members in the layout another system imports. Never the NIK or the mother's maiden name: SLiMS keeps its
 * {@code pin} unencrypted and neither system needs the NIK to lend, so SLiMS's {@code pin} column stays empty and the
 * INLISLite file has no identity column.
 * <p>
 * SLiMS 9.7.0's member import ({@code admin/modules/membership/import.php}) reads each record with PHP's
 * {@code fgetcsv} (separator and enclosure as chosen on its page, {@code ,} and {@code "} by default; a header row
 * skipped when ticked) and inserts it with {@code INSERT IGNORE}: 19 columns, the 18 of its export plus
 * {@code mpasswd}; the member type by its name; {@code member_notes} is kept only when the record has that 19th column.
 * {@code fgetcsv} undoes a doubled enclosure and keeps line breaks inside enclosed values, but does not undo MySQL's
 * backslash escapes (it would store {@code \'}); so values are written RFC 4180 style, every one enclosed. Serambi's
 * SLiMS import reads this file (19 columns: as CSV with a header) the same way.
 */
public final class MemberFileWriter {

    /** SLiMS 9's member-import columns in its order (its sample file's header). */
    public static final List<String> SLIMS_COLUMNS = List.of("member_id", "member_name", "gender",
            "member_type_name", "member_email", "member_address", "postal_code", "inst_name", "is_new",
            "member_image", "pin", "member_phone", "member_fax", "member_since_date", "register_date", "expire_date",
            "birth_date", "member_notes", "mpasswd");

    /**
     * INLISLite 3.3's member import (Keanggotaan → Anggota → Import, {@code AnggotaImportController}): a spreadsheet or
     * CSV read with PhpSpreadsheet, the first row naming the columns (any letter case), each label mapped to a
     * {@code members} column; sex and member type looked up by name ({@code LIKE}), dates {@code YYYY-MM-DD} taken as
     * they are, a member number it already has skipped. These are the labels of what Serambi holds.
     */
    public static final List<String> INLISLITE_COLUMNS = List.of("No Anggota", "Nama", "Tempat Lahir",
            "Tanggal Lahir", "Alamat Sesuai KTP", "No. HP", "Alamat Email", "Nama Institusi", "Tanggal Pendaftaran",
            "Tanggal Akhir Berlaku", "Jenis Kelamin", "Jenis Anggota");

    private MemberFileWriter() {
    }

    public static String write(ExportFormat format, List<ChangedMember> members) {
        return switch (format) {
            case SLIMS -> slims(members);
            case INLISLITE -> inlislite(members);
        };
    }

    static String slims(List<ChangedMember> members) {
        StringBuilder out = new StringBuilder();
        line(out, SLIMS_COLUMNS, ',', true, "\n");
        for (ChangedMember m : members) {
            line(out, List.of(m.memberNumber(), m.fullName(), "M".equals(m.sex()) ? "1" : "0",
                    text(m.categoryName() == null ? m.categoryCode() : m.categoryName()), text(m.email()),
                    text(m.address()), text(m.postalCode()), text(m.institution()), "0", "", "", text(m.phone()), "",
                    iso(m.memberSince()), iso(m.registeredOn()), iso(m.expiresOn()), iso(m.birthDate()),
                    text(m.notes()), ""), ',', true, "\n");
        }
        return out.toString();
    }

    static String inlislite(List<ChangedMember> members) {
        StringBuilder out = new StringBuilder();
        line(out, INLISLITE_COLUMNS, ',', false, "\r\n");
        for (ChangedMember m : members) {
            line(out, List.of(m.memberNumber(), m.fullName(), text(m.birthPlace()), iso(m.birthDate()),
                    text(m.address()), text(m.phone()), text(m.email()), text(m.institution()),
                    iso(m.registeredOn()), iso(m.expiresOn()), "M".equals(m.sex()) ? "Laki-laki" : "Perempuan",
                    text(m.categoryName() == null ? m.categoryCode() : m.categoryName())), ',', false, "\r\n");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> values, char separator, boolean encloseAll,
            String end) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            String value = values.get(i);
            if (encloseAll || value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0) {
                out.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                out.append(value);
            }
        }
        out.append(end);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

}
