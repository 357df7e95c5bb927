package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import id.serambi.imports.internal.Uploads;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.PageSession;
import id.serambi.support.TestUsers;

/** Issue 31 item 8: what an import tells its user is readable, in both languages, and says what is wrong. */
@IntegrationTest
class ImportMessagesIT {

    static final String HEADER = "\"member_id\",\"member_name\",\"gender\",\"member_type_name\",\"member_email\","
            + "\"member_address\",\"postal_code\",\"inst_name\",\"is_new\",\"member_image\",\"pin\",\"member_phone\","
            + "\"member_fax\",\"member_since_date\",\"register_date\",\"expire_date\",\"birth_date\",\"member_notes\",\n";

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    Uploads uploads;

    @Autowired
    LibraryService libraries;

    @Test
    void aShortRowIsReportedAsShortAndAZeroBirthDateAsNoneRecordedBothAtTheirLabel() {
        String number = "MSG" + System.nanoTime() % 1_000_000 + "-";
        String csv = HEADER + row(number + "1", "1991-05-17")
                // the line SLiMS broke: 10 of its 18 columns
                + "\"" + number + "2\",\"Rudi Hartono\",\"1\",\"Umum\",\"\",\"Jl. Sunan 1\",\"42311\",\"\",\"0\",\"\"\n"
                + row(number + "3", "0000-00-00");
        Api api = Api.on(port).asAdmin();
        Api.Response started = api.postBytes("/api/v1/libraries/lebak/imports?defaultCategory=umum", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        JsonNode run = ImportFixtures.waitFor(api, started.header("Location"));
        assertThat(run.get("imported").asLong()).as(run.toString()).isEqualTo(1);
        assertThat(run.get("rejected").asLong()).isEqualTo(2);
        String report = started.header("Location") + "/rejected.csv";

        List<String> id = api.get(report).text().lines().toList();
        assertThat(id.get(1)).startsWith("3,Seluruh baris,Baris terpotong: 10 dari 18 kolom.")
                .doesNotContain("NIK");
        assertThat(id.get(2)).startsWith("4,birth_date,Tanggal lahir kosong di sistem lama (0000-00-00)")
                .doesNotContain("YYYY");
        List<String> en = api.in("en").get(report).text().lines().toList();
        assertThat(en.get(1)).startsWith("3,Whole row,Broken row: 10 of 18 columns.").doesNotContain("NIK");
        assertThat(en.get(2)).startsWith("4,birth_date,The old system has no birth date (0000-00-00)")
                .doesNotContain("YYYY");
    }

    @Test
    void aFailedRunSaysWhyInTheReadersLanguageOverTheApiAndOnItsPage() throws IOException {
        Library lebak = libraries.require("lebak");
        Upload upload = imports.upload(lebak, "rusak.csv", new ByteArrayInputStream(
                (HEADER + row("BAD" + System.nanoTime() % 1_000_000, "1991-05-17")).getBytes(StandardCharsets.UTF_8)));
        // The file goes bad after it was checked at the upload (as a disk or a second writer can make it).
        Files.write(uploads.file(lebak.id(), upload.id()), new byte[] {(byte) 0xC3, (byte) 0x28, '\n'},
                StandardOpenOption.APPEND);
        ImportRun failed = imports.runNow(lebak, upload.id(), ColumnMapping.of(Preset.SLIMS_EXPORT, "umum"));
        assertThat(failed.status()).isEqualTo(ImportRun.Status.FAILED);

        String path = "/api/v1/libraries/lebak/imports/" + failed.id();
        Api api = Api.on(port).asAdmin();
        assertThat(api.get(path).json().get("failureMessage").asString())
                .isEqualTo("Berkas bukan teks UTF-8 yang sah. Simpan ulang sebagai CSV UTF-8.");
        assertThat(api.in("en").get(path).json().get("failureMessage").asString())
                .isEqualTo("The file is not valid UTF-8 text. Save it again as CSV UTF-8.");

        PageSession head = signedIn();
        assertThat(head.get("/app/lebak/import/runs/" + failed.id() + "?lang=en"))
                .contains("The file is not valid UTF-8 text.").doesNotContain("imports.file.encoding");
    }

    @Test
    void theMappingPageNamesTheColumnsMissingFromTheFileInBothLanguages() {
        Library lebak = libraries.require("lebak");
        Upload upload = imports.upload(lebak, "lain.csv", new ByteArrayInputStream(
                "nama;lahir\nSiti Aminah;1990-01-02\n".getBytes(StandardCharsets.UTF_8)));
        PageSession head = signedIn();
        String path = "/app/lebak/import/" + upload.id();
        head.get(path);
        String id = head.post(path + "/preview?lang=id", Map.of("preset", "SLIMS_EXPORT"));
        assertThat(id).contains("Kolom yang dipetakan tidak ada di berkas: member_name")
                .doesNotContain("[Ljava.lang.Object;@");
        String en = head.post(path + "/preview?lang=en", Map.of("preset", "SLIMS_EXPORT"));
        assertThat(en).contains("Mapped columns missing from the file: member_name")
                .doesNotContain("[Ljava.lang.Object;@");
    }

    private PageSession signedIn() {
        PageSession session = new PageSession(port);
        session.get("/login");
        session.post("/login", Map.of("username", TestUsers.ADMIN, "password", TestUsers.PASSWORD));
        return session;
    }

    static String row(String number, String birthDate) {
        return "\"" + number + "\",\"" + id.serambi.membership.MemberFixtures.aName()
                + "\",\"0\",\"Umum\",\"sekar@contoh.id\",\"Jl. Kenari 4\","
                + "\"42311\",\"\",\"0\",\"\",\"\",\"081234567821\",\"\",\"2021-03-04\",\"2025-03-04\",\"2028-03-04\","
                + "\"" + birthDate + "\",\"\"\n";
    }
}
