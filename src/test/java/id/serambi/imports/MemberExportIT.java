package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberChanges;
import id.serambi.membership.MemberFixtures;
import id.serambi.shared.DataDirectory;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/**
 * Issue 31 item 7: new and changed members written back in SLiMS's member-import CSV and INLISLite's layout re-import
 * into Serambi unchanged, only those changed since the moment asked, never with a NIK, only for the library's own
 * staff; the scheduled file is written once per change set.
 */
@IntegrationTest
class MemberExportIT {

    /** The columns SLiMS carries (it has no birth place) compared between the member and its re-imported copy. */
    private static final List<String> SLIMS_FIELDS = List.of("full_name", "sex", "birth_date::text", "address",
            "postal_code", "phone_e164", "email", "category_code", "institution",
            "coalesce(m.member_since, m.registered_on)::text",
            "registered_on::text", "expires_on::text", "notes", "nik_recorded::text");
    // member_since: the first registration, the old system's or (when none) this one's, which is what SLiMS is given.

    /** What INLISLite's member report carries. */
    private static final List<String> INLISLITE_FIELDS = List.of("full_name", "sex", "birth_place",
            "birth_date::text", "address", "phone_e164", "email", "category_code", "institution",
            "registered_on::text", "expires_on::text");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    MemberChanges changes;

    @Autowired
    DataDirectory data;

    @Test
    void theSlimsExportReimportsUnchangedAndTheInlisliteFileLikewise() throws IOException {
        String prefix = "RT" + ThreadLocalRandom.current().nextInt(10_000, 99_999) + "-";
        Instant before = now();
        Api lebak = kepala("lebak");
        imported(lebak, "lebak", fixture(prefix).getBytes(StandardCharsets.UTF_8), "");

        Api.Response slims = lebak.get("/api/v1/libraries/lebak/member-exports?format=slims&since=" + before);
        assertThat(slims.status()).as(slims.text()).isEqualTo(200);
        assertThat(slims.contentType()).startsWith("text/csv");
        String csv = slims.text();
        assertThat(csv).startsWith("\"member_id\",\"member_name\",\"gender\",\"member_type_name\"")
                .contains("\"Ahmad \"\"Dedi\"\" Kurnia ", "\"Nur'aini ", "\"Jl. Multatuli No. 3\nRangkasbitung\"");
        List<String> numbers = numbersIn("lebak", prefix);
        assertThat(numbers).hasSize(6);

        imported(Api.on(port).asAdmin(), "sidoarjo", csv.getBytes(StandardCharsets.UTF_8), "");
        for (String number : numbers) {
            assertThat(row("sidoarjo", number, SLIMS_FIELDS)).as(number).isEqualTo(row("lebak", number, SLIMS_FIELDS));
        }

        Api.Response inlislite = lebak.get("/api/v1/libraries/lebak/member-exports?format=inlislite&since=" + before);
        assertThat(inlislite.status()).as(inlislite.text()).isEqualTo(200);
        assertThat(inlislite.text()).startsWith("No Anggota,Nama,Tempat Lahir,Tanggal Lahir,Alamat Sesuai KTP,");
        // INLISLite's import labels are not one of Serambi's presets: its member report's preset, columns named.
        String columns = "&preset=INLISLITE_ANGGOTA&col.NIK=" + Map.of("MEMBER_NUMBER", "No Anggota", "FULL_NAME",
                "Nama", "ADDRESS", "Alamat Sesuai KTP", "PHONE", "No. HP", "EMAIL", "Alamat Email", "REGISTERED_ON",
                "Tanggal Pendaftaran", "EXPIRES_ON", "Tanggal Akhir Berlaku").entrySet().stream()
                .map(e -> "&col." + e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining());
        imported(Api.on(port).asAdmin(), "banyuwangi", inlislite.bytes(), columns);
        for (String number : numbers) {
            assertThat(row("banyuwangi", number, INLISLITE_FIELDS)).as(number)
                    .isEqualTo(row("lebak", number, INLISLITE_FIELDS));
        }
    }

    @Test
    void sinceGivesOnlyNewAndChangedMembersAndNeverANik() throws IOException {
        String prefix = "SN" + ThreadLocalRandom.current().nextInt(10_000, 99_999) + "-";
        Api lebak = kepala("lebak");
        imported(lebak, "lebak", fixture(prefix).getBytes(StandardCharsets.UTF_8), "");
        List<String> numbers = numbersIn("lebak", prefix);
        Instant afterImport = now();

        Map<String, Object> application = MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT);
        Api.Response registered = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak",
                Role.PETUGAS), TestUsers.PASSWORD).post("/api/v1/libraries/lebak/members", application);
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        String newcomer = registered.json().get("memberNumber").asString();
        jdbc.sql("update member set status = 'APPROVED', updated_at = now() where member_number = ?")
                .param(newcomer).update();
        jdbc.sql("update member set email = 'baru@contoh.id', updated_at = now() where member_number = ?")
                .param(numbers.get(1)).update();

        String csv = lebak.get("/api/v1/libraries/lebak/member-exports?format=slims&since=" + afterImport).text();

        assertThat(csv).contains("\"" + newcomer + "\"", "\"" + numbers.get(1) + "\"", "baru@contoh.id")
                .doesNotContain((String) application.get("nik"))
                .doesNotContain((String) application.get("motherMaidenName"));
        for (String unchanged : List.of(numbers.get(0), numbers.get(2), numbers.get(3))) {
            assertThat(csv).doesNotContain("\"" + unchanged + "\"");
        }
        // The pin column (11th) is empty in every record.
        assertThat(csv.lines().filter(line -> line.startsWith("\"" + newcomer + "\"")).findFirst().orElseThrow()
                .split("\",\"")[10]).isEmpty();
    }

    @Test
    void anotherLibrarysStaffAreRefusedAndBadParametersAreToldFieldByField() {
        assertThat(kepala("sidoarjo").get("/api/v1/libraries/lebak/member-exports?format=slims").status())
                .isEqualTo(403);
        Api lebak = kepala("lebak");
        Api.Response format = lebak.get("/api/v1/libraries/lebak/member-exports?format=marc");
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.text()).contains("format", "slims atau inlislite");
        Api.Response since = lebak.in("en").get("/api/v1/libraries/lebak/member-exports?format=slims&since=kemarin");
        assertThat(since.status()).isEqualTo(400);
        assertThat(since.text()).contains("since", "Write as a date YYYY-MM-DD");
    }

    @Test
    void theScheduledJobWritesAFileOncePerChangeSet(@TempDir Path root) throws IOException {
        Library lebak = libraries.require("lebak");
        MutableClock clock = new MutableClock(now().plusSeconds(60));
        MemberExports exports = new MemberExports(jdbc, changes, libraries, data, root.toString(), clock);
        Set<ExportFormat> before = exports.settings(lebak).formats();
        try {
            exports.changeSettings(lebak, Set.of(ExportFormat.SLIMS), "");
            Path folder = root.resolve("lebak");
            assertThat(exports.settings(lebak).folder()).isEqualTo(folder);

            assertThat(exports.writeFolders()).hasSize(1);
            clock.now = clock.now.plusSeconds(60);
            assertThat(exports.writeFolders()).as("nothing changed").isEmpty();

            String number = jdbc.sql("select member_number from member where library_id = ? and status = 'APPROVED'"
                    + " limit 1").param(lebak.idValue()).query(String.class).single();
            jdbc.sql("update member set notes = 'diubah', updated_at = ? where member_number = ?")
                    .params(java.sql.Timestamp.from(clock.now.plusSeconds(30)), number).update();
            clock.now = clock.now.plusSeconds(60);
            List<Path> written = exports.writeFolders();
            assertThat(written).hasSize(1);
            String file = Files.readString(written.getFirst());
            assertThat(file.split("\"\n")).as(file).hasSize(2);
            assertThat(file).contains("\n\"" + number + "\",", "\"diubah\"");
            clock.now = clock.now.plusSeconds(60);
            assertThat(exports.writeFolders()).isEmpty();
            try (var files = Files.list(folder)) {
                assertThat(files.filter(f -> f.getFileName().toString().endsWith(".csv")).count()).isEqualTo(2);
            }
        } finally {
            exports.changeSettings(lebak, before, "");
        }
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private Api kepala(String library) {
        return Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, library, Role.KEPALA),
                TestUsers.PASSWORD);
    }

    private Instant now() {
        return jdbc.sql("select now()").query(java.sql.Timestamp.class).single().toInstant();
    }

    /**
     * SLiMS's export with the header row, its members numbered with the prefix and a surname of the test's own added
     * (so that no earlier import of the same people in these libraries is taken as a correction of them).
     */
    private static String fixture(String prefix) throws IOException {
        String surname = " " + MemberFixtures.aName().split(" ")[1];
        StringBuilder out = new StringBuilder();
        for (String line : new String(SlimsExportImportIT.bytes("slims-9.7.0-member-export-header.csv"),
                StandardCharsets.UTF_8).replace("S97-", prefix).split("\n")) {
            int name = line.indexOf("\",\"") + 3;
            int end = line.indexOf("\",\"", name);
            out.append(line.startsWith("\"" + prefix) ? line.substring(0, end) + surname + line.substring(end) : line)
                    .append('\n');
        }
        return out.toString();
    }

    private void imported(Api api, String library, byte[] file, String query) {
        Api.Response started = api.postBytes("/api/v1/libraries/" + library + "/imports?defaultCategory=umum" + query,
                "text/csv", file);
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        JsonNode run = ImportFixtures.waitFor(api, started.header("Location"));
        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("DONE");
        assertThat(run.get("rejected").asLong()).as(run.toString()).isZero();
    }

    private List<String> numbersIn(String library, String prefix) {
        return jdbc.sql("select m.member_number from member m join library l on l.id = m.library_id"
                + " where l.code = ? and m.former_number like ? order by m.former_number")
                .params(library, prefix + "%").query(String.class).list();
    }

    /** The fields of a member: in the first library by its number, in another by the number it had there. */
    private List<String> row(String library, String number, List<String> fields) {
        String key = "lebak".equals(library) ? "m.member_number" : "m.former_number";
        return jdbc.sql("select concat_ws('|', " + String.join(", ", fields.stream()
                .map(f -> "coalesce(" + (f.startsWith("coalesce") ? f : "m." + f) + ", '<null>')").toList()) + ") from member m join library l"
                + " on l.id = m.library_id where l.code = ? and " + key + " = ?").params(library, number)
                .query((rs, n) -> List.of(rs.getString(1).split("\\|", -1))).single();
    }
}
