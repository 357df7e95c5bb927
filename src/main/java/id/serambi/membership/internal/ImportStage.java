package id.serambi.membership.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.libraries.Library;
import id.serambi.membership.MemberCardChanged;
import id.serambi.membership.MemberStatus;

/** The temporary table an import batch is copied into, and the one statement that moves it into place. */
final class ImportStage {

    private static final String COLUMNS = "member_number, full_name, nik_cipher, nik_index, nik_masked, birth_place,"
            + " birth_date, sex, address, region_code, province_code, regency_code, district_code, mother_name_cipher, phone_e164, email, category_code,"
            + " institution, institution_region, guardian_name, registered_on, expires_on, warnings";
    private static final HexFormat HEX = HexFormat.of();

    private ImportStage() {
    }

    static void copy(Connection connection, List<BulkMemberWriter.Row> rows, List<String> fresh)
            throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    create temporary table if not exists member_import_stage (member_number text, full_name text,
                        nik_cipher bytea, nik_index bytea, nik_masked text, birth_place text, birth_date date, sex text,
                        address text, region_code text, province_code text, regency_code text, district_code text,
                        mother_name_cipher bytea, phone_e164 text, email text,
                        category_code text, institution text, institution_region text, guardian_name text,
                        registered_on date, expires_on date, warnings text[]) on commit drop""");
            statement.execute("truncate member_import_stage");
        }
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy member_import_stage (" + COLUMNS + ") from stdin");
        try {
            StringBuilder text = new StringBuilder(1 << 20);
            Iterator<String> numbers = fresh.iterator();
            for (BulkMemberWriter.Row row : rows) {
                line(text, row, row.oldNumber() == null ? numbers.next() : row.oldNumber());
                if (text.length() > (1 << 20) - 4096) {
                    flush(in, text);
                }
            }
            flush(in, text);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    static List<MemberCardChanged> move(JdbcClient jdbc, Library library, String note, Long staff, Instant at) {
        Timestamp when = Timestamp.from(at);
        return jdbc.sql("""
                with moved as (
                    insert into member (library_id, member_number, channel, full_name, nik_cipher, nik_index,
                        nik_masked, birth_place, birth_date, sex, address, region_code, province_code, regency_code,
                        district_code, mother_name_cipher, phone_e164, email, category_code, institution, institution_region, guardian_name, status, registered_on,
                        expires_on, warnings)
                    select ?, member_number, 'DESK', full_name, nik_cipher, nik_index, nik_masked, birth_place,
                        birth_date, sex, address, region_code, province_code, regency_code, district_code,
                        mother_name_cipher, phone_e164, email, category_code,
                        institution, institution_region, guardian_name, 'APPROVED', registered_on, expires_on, warnings
                    from member_import_stage
                    returning library_id, id, member_number, full_name, category_code, expires_on, guardian_name),
                history as (
                    insert into member_history (library_id, member_id, action, note, staff_account_id, at)
                    select library_id, id, 'REGISTERED', ?, ?, ? from moved),
                consent as (
                    insert into member_consent (library_id, member_id, purpose, retention, given_by, guardian_name,
                        given_at)
                    select library_id, id, ?, ?, case when guardian_name is null then 'APPLICANT' else 'GUARDIAN' end,
                        guardian_name, ? from moved)
                select id, member_number, full_name, category_code, expires_on from moved""")
                .params(library.idValue(), note, staff, when, Registrations.CONSENT_PURPOSE,
                        Registrations.CONSENT_RETENTION, when)
                .query((rs, n) -> new MemberCardChanged(library.id(), rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), MemberStatus.APPROVED, rs.getObject(5, LocalDate.class), null, at))
                .list();
    }

    private static void line(StringBuilder text, BulkMemberWriter.Row row, String number) {
        ValidApplication a = row.application();
        EncryptedIdentity id = row.identity();
        field(text, number).append('\t');
        field(text, a.fullName()).append('\t');
        bytes(text, id.nikCipher()).append('\t');
        bytes(text, id.nikIndex()).append('\t');
        field(text, id.nikMasked()).append('\t');
        field(text, a.birthPlace()).append('\t');
        text.append(a.birthDate()).append('\t');
        text.append(a.sex().name()).append('\t');
        field(text, a.address()).append('\t');
        field(text, a.home().mostSpecific()).append('\t');
        field(text, a.home().provinceCode()).append('\t');
        field(text, a.home().regencyCode()).append('\t');
        field(text, a.home().districtCode()).append('\t');
        bytes(text, id.motherNameCipher()).append('\t');
        field(text, a.phoneE164()).append('\t');
        field(text, a.email()).append('\t');
        field(text, a.category().code()).append('\t');
        field(text, a.institution()).append('\t');
        field(text, a.institutionRegion()).append('\t');
        field(text, a.guardianName()).append('\t');
        text.append(row.registeredOn()).append('\t');
        text.append(row.expiresOn()).append('\t');
        field(text, array(a.warnings())).append('\n');
    }

    /** A text[] literal: every element quoted, quotes and backslashes escaped. */
    private static String array(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    private static StringBuilder bytes(StringBuilder text, byte[] value) {
        return value == null ? text.append("\\N") : text.append("\\\\x").append(HEX.formatHex(value));
    }

    /** COPY text format: backslash, tab, line breaks escaped; null as \N. */
    private static StringBuilder field(StringBuilder text, String value) {
        if (value == null) {
            return text.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return text;
    }

    private static void flush(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }
}
