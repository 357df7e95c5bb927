package id.serambi.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import id.serambi.imports.ImportService;
import id.serambi.imports.Upload;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;

/** Uploads and rejected rows (full NIKs) are deleted when the library's retention has passed, or when abandoned. */
@IntegrationTest
class ImportRetentionIT {

    private static final String CSV = "nama;nik;lahir;jk;hp;alamat\n;3602011703900001;1990-03-17;L;081234567890;Jl. A\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Uploads uploads;

    @Autowired
    ImportService imports;

    @Autowired
    LibraryService libraries;

    @Test
    void uploadsAndRejectedRowsAreGoneOnceTheRetentionHasPassed() throws Exception {
        Library lebak = libraries.require("lebak");
        Api api = Api.on(port).asAdmin();
        Api.Response started = api.postBytes("/api/v1/libraries/lebak/imports?preset=CUSTOM&defaultCategory=umum"
                + "&col.FULL_NAME=nama&col.NIK=nik&col.BIRTH_DATE=lahir&col.SEX=jk&col.PHONE=hp&col.ADDRESS=alamat",
                "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
        JsonNode run = id.serambi.imports.ImportFixturesAccess.waitFor(api, started.header("Location"));
        assertThat(run.get("rejected").asLong()).isEqualTo(1);
        String report = started.header("Location") + "/rejected.csv";
        assertThat(api.get(report).text()).contains("3602011703900001");
        Upload waiting = imports.upload(lebak, "left.csv", new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)));
        assertThat(uploads.file(lebak.id(), waiting.id())).exists();

        long runId = run.get("id").asLong();
        jdbc.sql("insert into import_photo (library_id, run_id, row_number, old_number, kept, image)"
                + " values (?, ?, 1, 'M-OLD-1', true, 'budi.jpg')").params(lebak.id().value(), runId).update();

        // Six days on (the default retention is seven) everything is still there ...
        new ImportRetention(jdbc, uploads, Clock.offset(Clock.systemUTC(), Duration.ofDays(6))).purge();
        assertThat(api.get(report).status()).isEqualTo(200);
        assertThat(uploads.file(lebak.id(), waiting.id())).exists();

        // ... eight days on it is gone, and the report says why.
        new ImportRetention(jdbc, uploads, Clock.offset(Clock.systemUTC(), Duration.ofDays(8))).purge();
        assertThat(jdbc.sql("select count(*) from import_rejection where run_id = ?").param(run.get("id").asLong())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from import_photo where run_id = ?").param(runId)
                .query(Long.class).single()).as("the rows' photo file names").isZero();
        Api.Response gone = api.get(report);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.text()).doesNotContain("3602011703900001");
        assertThat(uploads.file(lebak.id(), waiting.id())).doesNotExist();
        assertThat(api.get(started.header("Location")).json().get("rejected").asLong()).isEqualTo(1);
    }

    @Test
    void anUploadWhoseStartTheApiRefusesIsNotKept() throws Exception {
        Library lebak = libraries.require("lebak");
        long before = files(lebak);
        Api.Response refused = Api.on(port).asAdmin().postBytes("/api/v1/libraries/lebak/imports?preset=CUSTOM"
                + "&col.FULL_NAME=nomatch", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(files(lebak)).isEqualTo(before);
    }

    @Test
    void aShorterRetentionSetByTheLibraryDeletesSooner() {
        Library lebak = libraries.require("lebak");
        ImportRetention retention = new ImportRetention(jdbc, uploads, Clock.systemUTC());
        retention.setDays(lebak.id(), 2);
        try {
            Upload waiting = imports.upload(lebak, "left.csv",
                    new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)));
            new ImportRetention(jdbc, uploads, Clock.offset(Clock.systemUTC(), Duration.ofDays(3))).purge();
            assertThat(uploads.file(lebak.id(), waiting.id())).doesNotExist();
        } finally {
            retention.setDays(lebak.id(), ImportRetention.DEFAULT_DAYS);
        }
    }

    private long files(Library library) throws Exception {
        java.nio.file.Path folder = uploads.file(library.id(), "00000000-0000-0000-0000-000000000000").getParent();
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var stream = Files.list(folder)) {
            return stream.count();
        }
    }
}
