package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import id.serambi.libraries.LibraryService;
import id.serambi.membership.MembershipService;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;

/** Issue 31 item 4: SLiMS's member_image files, sent as a zip of its images/persons/ folder, become members' photos. */
@IntegrationTest
class ImportPhotosIT {

    @LocalServerPort
    int port;

    @Autowired
    MembershipService membership;

    @Autowired
    LibraryService libraries;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void eachMemberNamedInTheZipGetsTheirPhotoAndAMissingOrBadImageIsAWarningOnItsRow() throws IOException {
        String n = "PH" + System.nanoTime() % 10_000_000 + "-";
        String csv = ImportMessagesIT.HEADER + row(n + 1, "budi.jpg") + row(n + 2, "persons/sari.png")
                + row(n + 3, "hilang.jpg") + row(n + 4, "rusak.jpg") + row(n + 5, "evil.jpg") + row(n + 6, "");
        Api api = Api.on(port).asAdmin().in("en");
        Api.Response started = api.postBytes("/api/v1/libraries/lebak/imports?defaultCategory=umum", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        JsonNode run = ImportFixtures.waitFor(api, started.header("Location"));
        assertThat(run.get("imported").asLong()).as(run.toString()).isEqualTo(6);
        Path outside = Path.of("..", "evil.jpg").toAbsolutePath().normalize();
        Files.deleteIfExists(outside);

        Api.Response added = api.postBytes(started.header("Location") + "/photos", "application/zip", zip(
                "images/persons/budi.jpg", png(120, 160), "images/persons/sari.png", png(300, 400),
                "images/persons/rusak.jpg", "bukan gambar".getBytes(StandardCharsets.UTF_8),
                "../evil.jpg", png(100, 100)));

        assertThat(added.status()).as(added.text()).isEqualTo(200);
        JsonNode answer = added.json();
        assertThat(answer.get("stored").asLong()).as(answer + " " + stored(run.get("id").asLong(), n)).isEqualTo(3);
        assertThat(answer.get("warnings")).hasSize(2);
        assertThat(answer.get("warnings").get(0).get("rowNumber").asLong()).isEqualTo(4);
        assertThat(answer.get("warnings").get(0).get("memberNumber").asString()).isEqualTo(n + 3);
        assertThat(answer.get("warnings").get(0).get("message").asString()).isEqualTo("Photo hilang.jpg is not in the zip.");
        assertThat(answer.get("warnings").get(1).get("rowNumber").asLong()).isEqualTo(5);
        assertThat(answer.get("warnings").get(1).get("message").asString()).startsWith("Photo rusak.jpg is not a valid");
        for (int i : new int[] {1, 2, 5}) {
            assertThat(membership.photo(libraries.require("lebak").id(), n + i)).as("member " + i).isPresent();
        }
        for (int i : new int[] {3, 4, 6}) {
            assertThat(membership.photo(libraries.require("lebak").id(), n + i)).as("member " + i).isEmpty();
            assertThat(membership.find(libraries.require("lebak").id(), n + i)).as("member " + i).isPresent();
        }
        // The traversing entry was matched by its base name, never written out under its path.
        assertThat(outside).doesNotExist();
    }

    @Test
    void aFileThatIsNotAZipIsRefusedInTheReadersLanguage() {
        String n = "PZ" + System.nanoTime() % 10_000_000 + "-";
        Api api = Api.on(port).asAdmin();
        Api.Response started = api.postBytes("/api/v1/libraries/lebak/imports?defaultCategory=umum", "text/csv",
                (ImportMessagesIT.HEADER + row(n + 1, "a.jpg")).getBytes(StandardCharsets.UTF_8));
        ImportFixtures.waitFor(api, started.header("Location"));

        Api.Response refused = api.postBytes(started.header("Location") + "/photos", "application/zip",
                "bukan zip".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("IMPORT_FILE_REFUSED").contains("Berkas foto bukan zip yang sah.");
        assertThat(api.in("en").postBytes(started.header("Location") + "/photos", "application/zip",
                "not a zip".getBytes(StandardCharsets.UTF_8)).text()).contains("The photo file is not a valid zip.");
    }

    /** What the run kept of the rows' photos and the members it wrote, to explain a failure. */
    private String stored(long runId, String prefix) {
        return jdbc.sql("select row_number || '/' || coalesce(old_number, '-') || '/' || kept || '/' || image"
                + " from import_photo where run_id = ?").param(runId).query(String.class).list() + " "
                + jdbc.sql("select member_number || '/' || coalesce(former_number, '-') || '/' || status from member"
                        + " where member_number like ? or former_number like ?").params(prefix + "%", prefix + "%")
                        .query(String.class).list();
    }

    /** A member no other test has: a re-import would take the same name and birth date for the same person. */
    private static String row(String number, String image) {
        return "\"" + number + "\",\"" + id.serambi.membership.MemberFixtures.aName()
                + "\",\"0\",\"Umum\",\"sekar@contoh.id\",\"Jl. Kenari 4\","
                + "\"42311\",\"\",\"0\",\"" + image + "\",\"\",\"081234567821\",\"\",\"2021-03-04\",\"2025-03-04\","
                + "\"2028-03-04\",\"" + id.serambi.membership.MemberFixtures.anAdultBirthDate() + "\",\"\"\n";
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(width / 2, height / 2, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] zip(Object... namesAndBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndBytes.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndBytes[i]));
                zip.write((byte[]) namesAndBytes[i + 1]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
