package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;

/**
 * The cards of the old system keep working: SLiMS's numbers are not case-sensitive, and a member the import had to
 * renumber is still let in with the old card, with a warning that names the new number. Both are found by search.
 */
@IntegrationTest
class OldNumberAtTheKioskIT {

    @LocalServerPort
    int port;

    @Test
    void oldNumbersWorkAtTheKioskWhateverTheirCaseAndAfterRenumbering() {
        Api admin = Api.on(port).asAdmin();
        String pattern = admin.get("/api/v1/libraries/lebak/membership-settings").json().get("numberPattern")
                .asString();
        // A number of the form Serambi's own pattern gives: the import must renumber it.
        String taken = pattern.replace("{YYYY}", "1999").replace("{YY}", "99").replaceAll("\\{SEQ:(\\d+)}", "7");
        String kept = "Kk97-" + System.nanoTime() % 100000;
        String csv = "\"" + kept + "\",\"Wulan Sari\",\"0\",\"Umum\",\"\",\"Jl. Sudirman 1\",\"\",\"\",\"0\",\"\",\"\","
                + "\"081234567811\",\"\",\"2020-01-02\",\"2025-01-02\",\"2028-01-02\",\"1995-05-06\",\"\"\n"
                + "\"" + taken + "\",\"Bayu Aji Nugroho\",\"1\",\"Umum\",\"\",\"Jl. Sudirman 2\",\"\",\"\",\"0\",\"\",\"\","
                + "\"081234567812\",\"\",\"2020-01-02\",\"2025-01-02\",\"2028-01-02\",\"1994-04-05\",\"\"\n";
        Api.Response started = admin.postBytes("/api/v1/libraries/lebak/imports?defaultCategory=umum", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        JsonNode run = ImportFixtures.waitFor(admin, started.header("Location"));
        assertThat(run.get("imported").asLong()).as(run.toString()).isEqualTo(2);
        assertThat(run.get("renumbered").asLong()).isEqualTo(1);

        Api.Response lowerCase = admin.post("/api/v1/libraries/lebak/visits",
                Map.of("memberNumber", kept.toLowerCase(), "purpose", "READING"));
        assertThat(lowerCase.status()).as(lowerCase.text()).isEqualTo(201);
        assertThat(lowerCase.json().get("memberName").asString()).isEqualTo("Wulan Sari");
        assertThat(lowerCase.json().get("warning").asString()).isEqualTo("FORMER_NUMBER");
        assertThat(lowerCase.json().get("warningMessage").asString()).contains(kept);

        // Search finds the renumbered member by the old number, and the old card lets them in.
        JsonNode found = admin.get("/api/v1/libraries/lebak/members?q=" + taken).json();
        assertThat(found.get("total").asLong()).as(found.toString()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("fullName").asString()).isEqualTo("Bayu Aji Nugroho");
        String current = found.get("items").get(0).get("memberNumber").asString();
        assertThat(current).isNotEqualTo(taken);
        Api.Response renumbered = admin.post("/api/v1/libraries/lebak/visits",
                Map.of("memberNumber", taken, "purpose", "READING"));
        assertThat(renumbered.status()).as(renumbered.text()).isEqualTo(201);
        assertThat(renumbered.json().get("memberName").asString()).isEqualTo("Bayu Aji Nugroho");
        assertThat(renumbered.json().get("warning").asString()).isEqualTo("FORMER_NUMBER");
        assertThat(renumbered.json().get("warningMessage").asString()).contains(current);
    }
}
