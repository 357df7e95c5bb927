package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;

/**
 * SLiMS 9.7.0's member export exactly as its Membership → Export Data page writes it (fixtures written by hand from
 * {@code admin/modules/membership/export.php}: every value enclosed and MySQL-escaped, the header row optional and
 * ending with a separator, the member type by name, no NIKs), imported through the API with no member lost.
 */
@IntegrationTest
class SlimsExportImportIT {

    /** Each member of the fixtures (after the prefix) and their name as SLiMS holds it. */
    private static final Map<String, String> NAMES = Map.of("0001", "Nur'aini", "0002", "Ahmad \"Dedi\" Kurnia",
            "0003", "Siti Rahmawati", "0004", "Muhammad Rizki Pratama", "0005", "Ni Luh Putu Ayu Wulandari", "0006",
            "La Ode Muhammad Syarif, S.Pd.");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theExportWithItsHeaderRowImportsEveryMemberIntact() throws IOException {
        importsEveryMemberIntact("slims-9.7.0-member-export-header.csv", "S97-", "lebak");
    }

    @Test
    void theDefaultExportWithoutHeaderRowIsRecognisedAndImportsEveryMemberIntact() throws IOException {
        // Another library: in Lebak the same people would be taken as a re-import of the header variant's members.
        importsEveryMemberIntact("slims-9.7.0-member-export.csv", "H97-", "sidoarjo");
    }

    /**
     * SLiMS's own database backup (System → Database Backup: mysqldump-php, extended INSERTs, values quoted and
     * escaped by PDO, NULLs bare): what a librarian has when the export page was never used, or SLiMS no longer runs.
     */
    @Test
    void theMemberTableOfSlimsDatabaseBackupImportsEveryMemberIntact() throws IOException {
        importsEveryMemberIntact("slims-9.7.0-backup.sql", "D97-", "banyuwangi");
    }

    /** Issue 31 item 10: a column given in the request overrides that one target; the preset's others stay. */
    @Test
    void overridingOneColumnKeepsThePresetsOtherColumns() {
        String number = "OV-" + System.nanoTime() % 1_000_000;
        String csv = "\"" + number + "\",\"Sekar Ayu Larasati\",\"0\",\"Umum\",\"sekar@contoh.id\",\"Jl. Kenari 4\","
                + "\"42311\",\"\",\"0\",\"\",\"\",\"081234567821\",\"\",\"2021-03-04\",\"2025-03-04\",\"2028-03-04\","
                + "\"1993-07-21\",\"catatan lama\"\n";
        Api api = Api.on(port).asAdmin();
        Api.Response started = api.postBytes("/api/v1/libraries/lebak/imports?preset=SLIMS_EXPORT"
                + "&defaultCategory=umum&col.NOTES=", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        JsonNode run = ImportFixtures.waitFor(api, started.header("Location"));
        assertThat(run.get("imported").asLong()).as(run.toString()).isEqualTo(1);
        assertThat(column(number, "full_name")).isEqualTo("Sekar Ayu Larasati");
        assertThat(column(number, "postal_code")).isEqualTo("42311");
        assertThat(column(number, "notes")).isNull();
    }

    private void importsEveryMemberIntact(String fixture, String prefix, String library) throws IOException {
        Api api = Api.on(port).asAdmin();
        Api.Response started = api.postBytes("/api/v1/libraries/" + library + "/imports?defaultCategory=umum",
                "text/csv",
                bytes(fixture));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        JsonNode run = ImportFixtures.waitFor(api, started.header("Location"));

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("DONE");
        assertThat(run.get("preset").asString()).isEqualTo(fixture.endsWith(".sql") ? "SLIMS" : "SLIMS_EXPORT");
        assertThat(run.get("totalRows").asLong()).isEqualTo(6);
        assertThat(run.get("rejected").asLong()).as(api.get(started.header("Location") + "/rejected.csv").text())
                .isZero();
        assertThat(run.get("imported").asLong()).isEqualTo(6);
        NAMES.forEach((number, name) -> assertThat(column(prefix + number, "full_name")).isEqualTo(name));

        assertThat(column(prefix + "0001", "address")).isEqualTo("Jl. Multatuli No. 3\nRangkasbitung");
        assertThat(column(prefix + "0001", "postal_code")).isEqualTo("42311");
        assertThat(column(prefix + "0001", "member_since::text")).isEqualTo("2019-02-11");
        assertThat(column(prefix + "0001", "registered_on::text")).isEqualTo("2025-02-11");
        assertThat(column(prefix + "0001", "expires_on::text")).isEqualTo("2027-02-11");
        assertThat(column(prefix + "0002", "notes")).isEqualTo("Kartu lama hilang, \"cetak ulang\" 2023\nDenda lunas");
        assertThat(column(prefix + "0006", "notes")).isEqualTo("Guru; pinjam \\ kembali tepat waktu");
        assertThat(column(prefix + "0006", "postal_code")).isNull();
        assertThat(column(prefix + "0003", "phone_e164")).isEqualTo("+6281234567803");
        assertThat(column(prefix + "0003", "institution")).isEqualTo("SDN 1 Rangkasbitung");
        // The member type by name: "Umum" is the library's category Umum, the others take the default.
        assertThat(column(prefix + "0001", "category_code")).isEqualTo("umum");

        // No NIK in SLiMS: every member comes as a legacy member, NIK not yet recorded, told to staff.
        assertThat(jdbc.sql("""
                select count(*) from member m join library l on l.id = m.library_id where l.code = ?
                and m.former_number like ? and not m.nik_recorded and m.nik_cipher is null
                and 'imports.warning.nikMissing' = any (m.warnings)""").params(library, prefix + "%")
                .query(Long.class).single()).isEqualTo(6);
        assertThat(warnings(prefix + "0003")).contains("imports.warning.guardianMissing",
                "imports.warning.addressMissing");
        assertThat(warnings(prefix + "0004")).contains("imports.warning.guardianMissing",
                "imports.warning.phoneDropped:12345", "imports.warning.emailDropped:rizki(at)contoh",
                "imports.warning.noContact");
        assertThat(warnings(prefix + "0006")).contains("imports.warning.addressMissing", "imports.warning.noContact");

        // Recorded in each member's history with the staff member who ran the import; consent dated when the
        // member first joined SLiMS, not at the import.
        assertThat(jdbc.sql("""
                select count(*) from member_history h join member m on m.library_id = h.library_id and m.id = h.member_id
                where m.former_number like ? and h.staff_account_id is not null and h.note like 'IMPORT %'""")
                .param(prefix + "%").query(Long.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("""
                select (c.given_at at time zone 'Asia/Jakarta')::date::text from member_consent c
                join member m on m.library_id = c.library_id and m.id = c.member_id where m.former_number = ?""")
                .param(prefix + "0001").query(String.class).single()).isEqualTo("2019-02-11");
    }

    private String column(String formerNumber, String expression) {
        List<String> values = jdbc.sql("select m." + expression + " from member m join library l on l.id = m.library_id"
                + " where m.former_number = ?").param(formerNumber)
                .query((rs, n) -> rs.getString(1)).list();
        assertThat(values).as(formerNumber).hasSize(1);
        return values.getFirst();
    }

    private List<String> warnings(String formerNumber) {
        return jdbc.sql("select unnest(warnings) from member where former_number = ?").param(formerNumber)
                .query(String.class).list();
    }

    static byte[] bytes(String fixture) throws IOException {
        try (InputStream in = SlimsExportImportIT.class.getResourceAsStream("/imports/" + fixture)) {
            return in.readAllBytes();
        }
    }
}
