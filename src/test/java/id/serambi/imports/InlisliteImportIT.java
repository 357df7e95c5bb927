package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * INLISLite 3's members as a librarian has them: the member report (Laporan → Anggota → Export Excel, saved as CSV by
 * Excel: semicolons, CRLF, a line break inside a quoted cell, dates day-month-year, sex and type by name) and the
 * {@code members} table of a MariaDB dump. INLISLite asks for neither NIK nor mother's name: nobody is lost for them.
 */
@IntegrationTest
class InlisliteImportIT {

    private static final Map<String, String> NAMES = Map.of("0001", "Nur'aini", "0002", "Ahmad \"Dedi\" Kurnia",
            "0003", "Siti Rahmawati", "0004", "Muhammad Rizki Pratama");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMemberReportSavedAsCsvImportsEveryMemberIntact() throws IOException {
        importsEveryMemberIntact("inlislite-3-laporan-anggota.csv", "IA-", "jateng", "INLISLITE_ANGGOTA");
        assertThat(column("IA-0004", "nik_masked")).endsWith("0004");
    }

    @Test
    void theMembersTableOfADatabaseDumpImportsEveryMemberIntact() throws IOException {
        importsEveryMemberIntact("inlislite-3-members.sql", "IM-", "barut", "INLISLITE");
        assertThat(column("IM-0004", "nik_masked")).endsWith("0005");
        assertThat(column("IM-0003", "mother_name_cipher")).isNotNull();
        assertThat(warnings("IM-0001")).contains("imports.warning.motherNameMissing");
    }

    private void importsEveryMemberIntact(String fixture, String prefix, String library, String preset)
            throws IOException {
        Api api = Api.on(port).asAdmin();
        Api.Response started = api.postBytes("/api/v1/libraries/" + library + "/imports?defaultCategory=umum",
                "text/csv", SlimsExportImportIT.bytes(fixture));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        JsonNode run = ImportFixtures.waitFor(api, started.header("Location"));

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("DONE");
        assertThat(run.get("preset").asString()).isEqualTo(preset);
        assertThat(run.get("rejected").asLong()).as(api.get(started.header("Location") + "/rejected.csv").text())
                .isZero();
        assertThat(run.get("imported").asLong()).isEqualTo(4);
        NAMES.forEach((number, name) -> assertThat(column(prefix + number, "full_name")).isEqualTo(name));
        assertThat(column(prefix + "0001", "address")).isEqualTo("Jl. Multatuli No. 3\nRangkasbitung");
        assertThat(column(prefix + "0001", "birth_date::text")).isEqualTo("1990-04-03");
        assertThat(column(prefix + "0001", "sex")).isEqualTo("F");
        assertThat(column(prefix + "0002", "sex")).isEqualTo("M");
        assertThat(column(prefix + "0001", "expires_on::text")).isEqualTo("2027-02-11");
        assertThat(column(prefix + "0001", "nik_recorded::text")).isEqualTo("false");
        assertThat(column(prefix + "0004", "nik_recorded::text")).isEqualTo("true");
        assertThat(warnings(prefix + "0003")).contains("imports.warning.guardianMissing",
                "imports.warning.addressMissing", "imports.warning.nikMissing");
        assertThat(warnings(prefix + "0004")).contains("imports.warning.phoneDropped:12345",
                "imports.warning.emailDropped:rizki(at)contoh");
    }

    private String column(String formerNumber, String expression) {
        List<String> values = jdbc.sql("select m." + expression + " from member m where m.former_number = ?")
                .param(formerNumber).query((rs, n) -> rs.getString(1)).list();
        assertThat(values).as(formerNumber).hasSize(1);
        return values.getFirst();
    }

    private List<String> warnings(String formerNumber) {
        return jdbc.sql("select unnest(warnings) from member where former_number = ?").param(formerNumber)
                .query(String.class).list();
    }
}
