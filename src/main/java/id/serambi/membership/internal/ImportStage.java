package id.serambi.membership.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.libraries.Library;
import id.serambi.membership.MemberCardChanged;
import id.serambi.membership.MemberStatus;

/**
 * Writes an import batch: the members through PostgreSQL COPY straight into {@code member} (ids drawn from its
 * identity sequence first, so that nothing has to be read back), then their history and consent in one statement.
 */
final class ImportStage {

    private static final String COLUMNS = "library_id, id, member_number, channel, status, full_name, nik_cipher,"
            + " nik_index, nik_masked, birth_place, birth_date, sex, address, region_code, province_code,"
            + " regency_code, district_code, mother_name_cipher, phone_e164, email, category_code, institution,"
            + " institution_region, guardian_name, registered_on, expires_on, warnings, nik_recorded, former_number,"
            + " member_since, postal_code, notes";
    private static final HexFormat HEX = HexFormat.of();

    private ImportStage() {
    }

    /** Writes the rows (under the given numbers, in order) and returns each member's card as written. */
    static List<MemberCardChanged> write(Connection connection, JdbcClient jdbc, Library library,
            List<BulkMemberWriter.Row> rows, List<String> numbers, String note, Long staff, Instant at)
            throws SQLException {
        String sequence = jdbc.sql("select pg_get_serial_sequence('member', 'id')").query(String.class).single();
        List<Long> ids = jdbc.sql("select nextval(?::regclass) from generate_series(1, ?)")
                .params(sequence, rows.size()).query(Long.class).list();
        // COPY writes the given ids into the identity column (as OVERRIDING SYSTEM VALUE would).
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy member (" + COLUMNS + ") from stdin");
        try {
            StringBuilder text = new StringBuilder(1 << 20);
            for (int i = 0; i < rows.size(); i++) {
                line(text, library.idValue(), ids.get(i), rows.get(i), numbers.get(i));
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
        Timestamp when = Timestamp.from(at);
        // Consent was given when the old system registered the member (the administrator confirms it on starting
        // the import): it is dated then, at the start of that day in the library's time zone, not at the import.
        jdbc.sql("""
                with history as (
                    insert into member_history (library_id, member_id, action, note, staff_account_id, at)
                    select ?, id, 'REGISTERED', ?, ?, ? from unnest(?::bigint[]) as id)
                insert into member_consent (library_id, member_id, purpose, retention, given_by, guardian_name,
                    given_at)
                select ?, id, ?, ?, case when guardian is null then 'APPLICANT' else 'GUARDIAN' end, guardian,
                    least(given, ?)
                from unnest(?::bigint[], ?::text[], ?::timestamptz[]) as member(id, guardian, given)""")
                .params(library.idValue(), note, staff, when, ids.toArray(Long[]::new), library.idValue(),
                        Registrations.CONSENT_PURPOSE, Registrations.CONSENT_RETENTION, when,
                        ids.toArray(Long[]::new),
                        rows.stream().map(row -> row.application().guardianName()).toArray(String[]::new),
                        rows.stream().map(row -> Timestamp.from((row.memberSince() == null
                                || row.memberSince().isAfter(row.registeredOn()) ? row.registeredOn()
                                : row.memberSince()).atStartOfDay(library.timezone()).toInstant()))
                                .toArray(Timestamp[]::new))
                .update();
        List<MemberCardChanged> cards = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            BulkMemberWriter.Row row = rows.get(i);
            cards.add(new MemberCardChanged(library.id(), ids.get(i), numbers.get(i), row.application().fullName(),
                    row.application().category().code(), MemberStatus.APPROVED, row.expiresOn(), null, at));
        }
        return cards;
    }

    /**
     * The batch's name words for name search (the member trigger does it row by row when triggers run): the distinct
     * words, split here as {@code member_name_words} does, that are not in {@code known} yet (after the first batches
     * most of a batch's words are known, and the database need not look at them again); names with letters beyond
     * ASCII go to the database's own split whole. The words sent are added to {@code known}. What the word list costs
     * an import is the new words' one-letter deletions (about a quarter of its database time for a new library).
     */
    static void addNameWords(JdbcClient jdbc, Library library, List<BulkMemberWriter.Row> rows, Set<String> known) {
        Set<String> fresh = new HashSet<>();
        List<String> others = new ArrayList<>();
        for (BulkMemberWriter.Row row : rows) {
            String name = row.application().fullName();
            if (!name.chars().allMatch(c -> c < 128)) {
                others.add(name);
                continue;
            }
            for (String word : NON_ALNUM.split(name.toLowerCase(Locale.ROOT))) {
                if (!word.isEmpty() && !known.contains(word)) {
                    fresh.add(word);
                }
            }
        }
        if (!fresh.isEmpty() || !others.isEmpty()) {
            others.addAll(fresh);
            jdbc.sql("select member_name_words_add(?, ?::text[])")
                    .params(library.idValue(), others.toArray(String[]::new)).query().singleRow();
            known.addAll(fresh);
        }
    }

    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private static void line(StringBuilder text, int library, long id, BulkMemberWriter.Row row, String number) {
        ValidApplication a = row.application();
        EncryptedIdentity identity = row.identity();
        text.append(library).append('\t').append(id).append('\t');
        field(text, number).append("\tDESK\tAPPROVED\t");
        field(text, a.fullName()).append('\t');
        bytes(text, identity.nikCipher()).append('\t');
        bytes(text, identity.nikIndex()).append('\t');
        field(text, identity.nikMasked()).append('\t');
        field(text, a.birthPlace()).append('\t');
        text.append(a.birthDate()).append('\t');
        text.append(a.sex().name()).append('\t');
        field(text, a.address()).append('\t');
        field(text, a.home().mostSpecific()).append('\t');
        field(text, a.home().provinceCode()).append('\t');
        field(text, a.home().regencyCode()).append('\t');
        field(text, a.home().districtCode()).append('\t');
        bytes(text, identity.motherNameCipher()).append('\t');
        field(text, a.phoneE164()).append('\t');
        field(text, a.email()).append('\t');
        field(text, a.category().code()).append('\t');
        field(text, a.institution()).append('\t');
        field(text, a.institutionRegion()).append('\t');
        field(text, a.guardianName()).append('\t');
        text.append(row.registeredOn()).append('\t');
        text.append(row.expiresOn()).append('\t');
        field(text, array(a.warnings())).append('\t');
        text.append(identity.nikIndex() != null).append('\t');
        field(text, row.formerNumber()).append('\t');
        field(text, row.memberSince() == null ? null : row.memberSince().toString()).append('\t');
        field(text, row.postalCode()).append('\t');
        field(text, row.notes()).append('\n');
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
