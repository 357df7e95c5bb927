package id.serambi.frontoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

/** The waiting area's screen: public, the called number at its counter, both languages, no personal data. */
@IntegrationTest
class NowCallingIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Test
    void theScreenShowsTheCalledNumberAndCounterToAnyoneButNoName() throws Exception {
        Api staff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
        JsonNode ticket = staff.post("/api/v1/libraries/lebak/cases", Map.of("service", "kta")).json();
        String caseId = ticket.get("caseId").asString();
        String number = ticket.get("queueNumber").asString();
        assertThat(staff.post("/api/v1/libraries/lebak/cases/" + caseId + "/call", Map.of("counter", "Loket 3"))
                .status()).isEqualTo(200);
        Map<String, Object> application = MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT);
        Api.Response registered = staff.post("/api/v1/libraries/lebak/members?caseId=" + caseId, application);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String member = registered.json().get("memberNumber").asString();
        String name = (String) application.get("fullName");
        Thread.sleep(NowCallingController.FRESH.toMillis() + 100);

        Api.Response page = Api.on(port).get("/l/lebak/antrian");
        Api.Response fragment = Api.on(port).get("/l/lebak/antrian/panggilan");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Nomor dipanggil", "Now calling", "Menunggu", "Waiting", number, "Loket 3",
                "hx-get=\"/l/lebak/antrian/panggilan\"", "every 3s");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.text()).contains(number, "Loket 3").doesNotContain("<html");
        assertThat(fragment.header("Cache-Control")).contains("no-store");
        assertThat(page.text() + fragment.text()).doesNotContain(name, member, caseId);
        assertThat(Api.on(port).get("/l/lebak/antrian/warna.css").text()).matches(
                "(?s):root \\{ --library-colour: #[0-9a-fA-F]{6}; }\\s*");
    }

    @Test
    void manyScreensPollingAreNeitherLimitedNorRefused() {
        for (int i = 0; i < 80; i++) {
            assertThat(Api.on(port).get("/l/lebak/antrian/panggilan").status()).isEqualTo(200);
        }
        assertThat(Api.on(port).get("/l/nowhere/antrian").status()).isEqualTo(404);
    }
}
