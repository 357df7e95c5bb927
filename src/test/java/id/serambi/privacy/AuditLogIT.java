package id.serambi.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AuditLogIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    String firstKasi;
    String secondKasi;
    Api kabid;

    @BeforeEach
    void staff() {
        firstKasi = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KASI);
        secondKasi = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KASI);
        kabid = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KABID),
                TestUsers.PASSWORD);
    }

    @Test
    void theLogIsFilteredByMemberAndByStaffMember() {
        Api first = Api.on(port).as(firstKasi, TestUsers.PASSWORD);
        Api second = Api.on(port).as(secondKasi, TestUsers.PASSWORD);
        String a = PrivacyFixtures.anApprovedMember(first).number();
        String b = PrivacyFixtures.anApprovedMember(first).number();
        disclose(first, a, "cek data ganda");
        disclose(second, a, "permintaan polisi");
        disclose(second, b, "verifikasi ulang");

        JsonNode ofA = kabid.get("/api/v1/libraries/lebak/personal-data-log?memberNumber=" + a).json();
        JsonNode bySecond = kabid.get("/api/v1/libraries/lebak/personal-data-log?staff=" + secondKasi).json();
        JsonNode bothFilters = kabid.get("/api/v1/libraries/lebak/personal-data-log?memberNumber=" + a + "&staff="
                + secondKasi).json();

        assertThat(ofA.get("total").asLong()).isEqualTo(2);
        assertThat(ofA.get("entries").valueStream().map(e -> e.get("memberNumber").asString())).containsOnly(a);
        assertThat(bySecond.get("total").asLong()).isEqualTo(2);
        assertThat(bySecond.get("entries").valueStream().map(e -> e.get("staffUsername").asString()))
                .containsOnly(secondKasi);
        assertThat(bothFilters.get("entries").valueStream().map(e -> e.get("detail").asString()))
                .containsExactly("permintaan polisi");
        assertThat(kabid.get("/api/v1/libraries/lebak/personal-data-log?staff=nobody-at-all").json()
                .get("total").asLong()).isZero();
    }

    @Test
    void theCsvExportCannotRunFormulasInASpreadsheet() {
        Api first = Api.on(port).as(firstKasi, TestUsers.PASSWORD);
        String member = PrivacyFixtures.anApprovedMember(first).number();
        disclose(first, member, "=HYPERLINK(\"http://evil.example\",\"klik\")");
        disclose(first, member, "+SUM(1,2)");

        Api.Response csv = kabid.get("/api/v1/libraries/lebak/personal-data-log.csv?memberNumber=" + member);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\"")
                .contains("\"'+SUM(1,2)\"").doesNotContain(",\"=HYPERLINK").doesNotContain(",\"+SUM");
    }

    @Test
    void aKasiMayNotReadTheLogAndAnotherLibrarySeesNothing() {
        Api kasi = Api.on(port).as(firstKasi, TestUsers.PASSWORD);
        Api otherHead = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.KEPALA),
                TestUsers.PASSWORD);

        assertThat(kasi.get("/api/v1/libraries/lebak/personal-data-log").status()).isEqualTo(403);
        assertThat(otherHead.get("/api/v1/libraries/lebak/personal-data-log").status()).isEqualTo(403);
        assertThat(otherHead.get("/api/v1/libraries/lebak/personal-data-log.csv").status()).isEqualTo(403);
    }

    private static void disclose(Api staff, String member, String reason) {
        Api.Response shown = staff.post("/api/v1/libraries/lebak/members/" + member + "/nik-disclosure",
                Map.of("reason", reason));
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
    }
}
