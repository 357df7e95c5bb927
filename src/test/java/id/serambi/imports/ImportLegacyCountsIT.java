package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import id.serambi.membership.MemberFixtures;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.PageSession;
import id.serambi.support.TestUsers;

/** Issue 31 item 2: the run's report counts the legacy members it brought in, from the rows themselves. */
@IntegrationTest
class ImportLegacyCountsIT {

    private static final String COLUMNS = "&col.MEMBER_NUMBER=nomor&col.FULL_NAME=nama&col.NIK=nik&col.BIRTH_DATE=lahir"
            + "&col.SEX=jk&col.PHONE=hp&col.ADDRESS=alamat&col.GUARDIAN_NAME=wali";

    @LocalServerPort
    int port;

    @Test
    void theReportCountsMembersWithoutNikAndMinorsWithoutGuardianOverTheApiAndOnItsPage() {
        LocalDate adult = LocalDate.of(1988, 3, 14);
        LocalDate child = LocalDate.now().minusYears(10).withDayOfMonth(5);
        String n = "LC" + System.nanoTime() % 10_000_000 + "-";
        String csv = "nomor;nama;nik;lahir;jk;hp;alamat;wali\n"
                + row(n + 1, "Dewi Lestari", MemberFixtures.nik(MemberFixtures.LEBAK_DISTRICT, adult, true), adult, "")
                + row(n + 2, "Bagus Pratama", "", adult, "").replace(";P;", ";L;")
                + row(n + 3, "Citra Ayu", "", child, "")
                + row(n + 4, "Dimas Saputra", MemberFixtures.nik(MemberFixtures.LEBAK_DISTRICT, child, false), child,
                        "Siti Aminah").replace(";P;", ";L;")
                + row(n + 5, "Eka Putri", MemberFixtures.nik(MemberFixtures.LEBAK_DISTRICT, child, true), child, "");
        Api api = Api.on(port).asAdmin();
        Api.Response started = api.postBytes("/api/v1/libraries/lebak/imports?preset=CUSTOM&defaultCategory=umum"
                + COLUMNS, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        JsonNode run = ImportFixtures.waitFor(api, started.header("Location"));

        assertThat(run.get("imported").asLong()).as(api.get(started.header("Location") + "/rejected.csv").text())
                .isEqualTo(5);
        assertThat(run.get("withoutNik").asLong()).as(run.toString()).isEqualTo(2);
        assertThat(run.get("minorsWithoutGuardian").asLong()).isEqualTo(2);

        PageSession head = new PageSession(port);
        head.get("/login");
        head.post("/login", Map.of("username", TestUsers.ADMIN, "password", TestUsers.PASSWORD));
        String page = "/app/lebak/import/runs/" + run.get("id").asLong();
        assertThat(head.get(page + "?lang=id")).contains("Diimpor tanpa NIK").contains("class=\"without-nik\">2<")
                .contains("Anak di bawah umur tanpa wali").contains("class=\"minors-without-guardian\">2<");
        assertThat(head.get(page + "?lang=en")).contains("Imported without a NIK")
                .contains("Minors without a guardian");
    }

    private static String row(String number, String name, String nik, LocalDate born, String guardian) {
        return number + ";" + name + ";" + nik + ";" + born + ";P;081234567890;Jl. Sawah 3;" + guardian + "\n";
    }
}
