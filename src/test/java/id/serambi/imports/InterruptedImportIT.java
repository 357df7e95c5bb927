package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.libraries.LibraryService;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;

/** An import whose process died (a restart, a crash) is shown as interrupted, not as running for ever. */
@IntegrationTest
class InterruptedImportIT {

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void anImportLeftRunningByAnEarlierProcessIsMarkedInterruptedAtStartUp() {
        int lebak = libraries.require("lebak").idValue();
        long left = jdbc.sql("""
                insert into import_run (library_id, file_name, preset, status, total_rows, header, started_at)
                values (?, 'anggota-lama.csv', 'SLIMS', 'RUNNING', 5000, '{nama}', ?) returning id""")
                .params(lebak, Timestamp.from(Instant.now().minusSeconds(3600))).query(Long.class).single();

        imports.failInterrupted(Instant.now().minusSeconds(60));

        Api.Response run = Api.on(port).asAdmin().get("/api/v1/libraries/lebak/imports/" + left);
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.json().get("status").asString()).isEqualTo("FAILED");
        assertThat(run.json().get("failure").asString()).isEqualTo("imports.failed.interrupted");
        assertThat(run.json().get("finishedAt").isNull()).isFalse();
        assertThat(messages.getMessage("imports.failed.interrupted", null, Locale.forLanguageTag("id")))
                .contains("terhenti");
        assertThat(messages.getMessage("imports.failed.interrupted", null, Locale.ENGLISH)).contains("stopped");
    }
}
