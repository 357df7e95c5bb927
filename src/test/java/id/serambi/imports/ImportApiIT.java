package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.membership.MemberStatus;
import id.serambi.membership.MemberView;
import id.serambi.membership.MembershipService;
import id.serambi.shared.CsvReader;
import id.serambi.support.Api;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;

@IntegrationTest
class ImportApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MembershipService membership;

    @Autowired
    LibraryService libraries;

    @Test
    void slimsExportImportsEveryGoodRowAndRejectsEachBadRowAtItsColumn() throws IOException {
        importsAndRejectsEveryBadKind("slims", Map.of("pin", List.of(MemberFileGenerator.Bad.NIK_LENGTH,
                MemberFileGenerator.Bad.NIK_DATE, MemberFileGenerator.Bad.NIK_SERIAL,
                MemberFileGenerator.Bad.DUPLICATE_NIK),
                "birth_date", List.of(MemberFileGenerator.Bad.BIRTH_DATE, MemberFileGenerator.Bad.BIRTH_IN_FUTURE),
                "member_name", List.of(MemberFileGenerator.Bad.NAME_MISSING), "member_type_id",
                List.of(MemberFileGenerator.Bad.MEMBER_TYPE),
                "expire_date", List.of(MemberFileGenerator.Bad.EXPIRY_BEFORE_REGISTRATION), "gender",
                List.of(MemberFileGenerator.Bad.SEX)));
    }

    @Test
    void inlisliteExportImportsEveryGoodRowAndRejectsEachBadRowAtItsColumn() throws IOException {
        importsAndRejectsEveryBadKind("inlislite", Map.of("IdentityNo", List.of(MemberFileGenerator.Bad.NIK_LENGTH,
                MemberFileGenerator.Bad.NIK_DATE, MemberFileGenerator.Bad.NIK_SERIAL,
                MemberFileGenerator.Bad.DUPLICATE_NIK),
                "DateOfBirth", List.of(MemberFileGenerator.Bad.BIRTH_DATE, MemberFileGenerator.Bad.BIRTH_IN_FUTURE),
                "Fullname", List.of(MemberFileGenerator.Bad.NAME_MISSING), "JenisAnggota_id",
                List.of(MemberFileGenerator.Bad.MEMBER_TYPE),
                "EndDate", List.of(MemberFileGenerator.Bad.EXPIRY_BEFORE_REGISTRATION), "Sex_id",
                List.of(MemberFileGenerator.Bad.SEX)));
    }

    private void importsAndRejectsEveryBadKind(String preset, Map<String, List<MemberFileGenerator.Bad>> columns)
            throws IOException {
        ImportFixtures.Generated file = ImportFixtures.aFile(preset, 700, 12);
        Api api = Api.on(port).asAdmin();
        JsonNode run = ImportFixtures.importAndWait(api, "lebak", file.file(), "preset=" + preset + "&"
                + ImportFixtures.TYPES);

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("DONE");
        assertThat(run.get("rejected").asLong()).isEqualTo(file.badRows());
        assertThat(run.get("imported").asLong()).isEqualTo(file.rows() - file.badRows());
        assertThat(run.get("renumbered").asLong()).isPositive();
        assertThat(membersWrittenBy(run.get("id").asLong())).isEqualTo(file.rows() - file.badRows());
        Map<Long, List<String>> columnsByRow = report(api.get("/api/v1/libraries/lebak/imports/"
                + run.get("id").asLong() + "/rejected.csv"));
        assertThat(columnsByRow).hasSize((int) file.badRows());
        columns.forEach((column, kinds) -> kinds.forEach(kind -> file.bad().getOrDefault(kind, List.of())
                .forEach(row -> assertThat(columnsByRow.get(row)).as(kind + " row " + row).contains(column))));
    }

    @Test
    void keepsTheOldNumberAndExpiryAndTheCardWorksAtTheDoor() throws IOException {
        ImportFixtures.Generated file = ImportFixtures.aFile("slims", 30, 0);
        Api api = Api.on(port).asAdmin();
        JsonNode run = ImportFixtures.importAndWait(api, "lebak", file.file(), "preset=slims&defaultCategory=umum");
        assertThat(run.get("imported").asLong()).isEqualTo(30);

        List<String> first = rows(Files.readString(file.file())).get(1);
        MemberView member = membership.find(libraries.require("lebak").id(), first.get(0)).orElseThrow();
        assertThat(member.fullName()).isEqualTo(first.get(1));
        assertThat(member.status()).isEqualTo(MemberStatus.APPROVED);
        assertThat(member.expiresOn()).hasToString(first.get(17));
        Eventually.holds(() -> assertThat(jdbc.sql("""
                select count(*) from frontoffice_member_card c join library l on l.id = c.library_id
                where l.code = 'lebak' and c.member_number = ? and c.status = 'APPROVED'""")
                .param(first.get(0)).query(Long.class).single()).isEqualTo(1));
    }

    @Test
    void refusesANikAlreadyRegisteredAndNeutralisesFormulasInTheReport() {
        Map<String, Object> registered = MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT);
        Api api = Api.on(port).asAdmin();
        assertThat(api.post("/api/v1/libraries/lebak/members", registered).status()).isEqualTo(201);
        Map<String, Object> fresh = MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT);
        String csv = "nama;nik;lahir;jk;hp;ibu;alamat\n"
                + "=HYPERLINK(\"http://x\");" + registered.get("nik") + ";1980-01-02;L;081234567890;Siti;Jl. A\n"
                + fresh.get("fullName") + ";" + fresh.get("nik") + ";" + fresh.get("birthDate") + ";"
                + fresh.get("sex") + ";" + fresh.get("phone") + ";Siti;Jl. Multatuli 1\n";
        Api.Response started = api.postBytes("/api/v1/libraries/lebak/imports?preset=CUSTOM&defaultCategory=umum"
                + "&col.FULL_NAME=nama&col.NIK=nik&col.BIRTH_DATE=lahir&col.SEX=jk&col.PHONE=hp&col.MOTHER_NAME=ibu&col.ADDRESS=alamat",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        JsonNode run = ImportFixtures.waitFor(api, started.header("Location"));

        assertThat(run.get("imported").asLong()).as(api.get("/api/v1/libraries/lebak/imports/"
                + run.get("id").asLong() + "/rejected.csv").text()).isEqualTo(1);
        assertThat(run.get("rejected").asLong()).isEqualTo(1);
        String report = api.in("en").get("/api/v1/libraries/lebak/imports/" + run.get("id").asLong()
                + "/rejected.csv").text();
        assertThat(report).startsWith("Row,Column,Reason,nama,nik");
        assertThat(report).contains("2,nik,This NIK is already registered").contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
        String indonesian = api.get("/api/v1/libraries/lebak/imports/" + run.get("id").asLong() + "/rejected.csv")
                .text();
        assertThat(indonesian).startsWith("Baris,Kolom,Alasan").contains("sudah terdaftar");
    }

    @Test
    void refusesAFileWithoutTheMappedColumns() {
        Api.Response refused = Api.on(port).asAdmin().postBytes("/api/v1/libraries/lebak/imports?preset=SLIMS",
                "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).isEqualTo("IMPORT_FILE_REFUSED");
    }

    long membersWrittenBy(long runId) {
        return jdbc.sql("select count(*) from member_history where note like ?").param("IMPORT " + runId + " %")
                .query(Long.class).single();
    }

    static Map<Long, List<String>> report(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        return report(List.of(response.text()));
    }

    /** Row number to the columns named for it, from the report's lines. */
    static Map<Long, List<String>> report(List<String> text) {
        Map<Long, List<String>> columns = new HashMap<>();
        List<List<String>> lines = rows(String.join("\n", text));
        for (List<String> line : lines.subList(1, lines.size())) {
            columns.computeIfAbsent(Long.parseLong(line.get(0)), row -> new ArrayList<>()).add(line.get(1));
        }
        return columns;
    }

    static List<List<String>> rows(String csv) {
        CsvReader reader = new CsvReader(new StringReader(csv));
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row = reader.next(); row != null; row = reader.next()) {
            if (!(row.size() == 1 && row.getFirst().isEmpty())) {
                rows.add(row);
            }
        }
        return rows;
    }
}
