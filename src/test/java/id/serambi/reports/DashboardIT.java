package id.serambi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.frontoffice.NewVisit;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class DashboardIT {

    /** Days no other test records visits on. */
    static final LocalDate MONDAY = LocalDate.of(2024, 7, 1);

    @LocalServerPort
    int port;

    @Autowired
    FrontOfficeService frontOffice;

    @Autowired
    LibraryService libraries;

    @Autowired
    AccountService accounts;

    @Test
    void countsPeopleAsTheHandCountSaysAndExportsTheSameNumbers() {
        Library banyuwangi = libraries.require("banyuwangi");
        ZoneId zone = banyuwangi.timezone();
        frontOffice.recordVisitAt(banyuwangi, nonMember("Ani"), MONDAY.atTime(9, 0).atZone(zone).toInstant());
        frontOffice.recordVisitAt(banyuwangi, nonMember("Budi"), MONDAY.atTime(10, 0).atZone(zone).toInstant());
        frontOffice.recordVisitAt(banyuwangi, group(12), MONDAY.plusDays(1).atTime(8, 0).atZone(zone).toInstant());
        String kasi = StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.KASI);
        Api api = Api.on(port).as(kasi, TestUsers.PASSWORD);

        JsonNode figures = api.get("/api/v1/libraries/banyuwangi/dashboard?from=2024-07-01&to=2024-07-02").json();

        // Hand count: 2 non-members on Monday, a group of 12 on Tuesday.
        assertThat(figures.get("visits").get("total").asLong()).isEqualTo(14);
        assertThat(figures.get("visits").get("byDay").get(0).get("people").asLong()).isEqualTo(2);
        assertThat(figures.get("visits").get("byDay").get(1).get("people").asLong()).isEqualTo(12);
        assertThat(figures.get("visits").get("byType").get("GROUP").asLong()).isEqualTo(12);
        assertThat(figures.get("ikmTrend")).hasSize(6);

        Api.Response csv = api.get("/app/banyuwangi/dashboard.csv?table=visits-by-day&from=2024-07-01&to=2024-07-02");
        assertThat(csv.status()).as("pages need a session, not HTTP Basic").isIn(302, 401);
    }

    @Test
    void countsTodaysNewMembersByCategory() {
        String kasi = StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.KASI);
        Api api = Api.on(port).as(kasi, TestUsers.PASSWORD);
        String today = LocalDate.now(libraries.require("banyuwangi").timezone()).toString();
        String period = "/api/v1/libraries/banyuwangi/dashboard?from=" + today + "&to=" + today;
        long before = api.get(period).json().get("newMembersByCategory").path("umum").asLong(0);

        Api.Response registered = api.post("/api/v1/libraries/banyuwangi/members",
                id.serambi.membership.MemberFixtures.anApplication(id.serambi.membership.MemberFixtures.LEBAK_DISTRICT));

        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        JsonNode after = api.get(period).json();
        assertThat(after.get("newMembersByCategory").get("umum").asLong()).isEqualTo(before + 1);
        assertThat(after.get("cards").get("printed").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void refusesABackwardsPeriodAndOtherLibraries() {
        String petugas = StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.PETUGAS);
        Api api = Api.on(port).as(petugas, TestUsers.PASSWORD);

        assertThat(api.get("/api/v1/libraries/banyuwangi/dashboard?from=2024-07-02&to=2024-07-01").status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/libraries/lebak/dashboard?from=2024-07-01&to=2024-07-02").status())
                .isEqualTo(403);
    }

    private static NewVisit nonMember(String name) {
        return new NewVisit("NON_MEMBER", null, null, null, name, "FEMALE", "Pelajar", "SMA", "SMAN 1", "Banyuwangi",
                null, null, null, null, null);
    }

    private static NewVisit group(int size) {
        return new NewVisit("GROUP", null, null, null, null, null, null, null, "SDN 2", null, "Kelas 5", size,
                "Bu Guru", "081234567890", new NewVisit.Breakdown(5, size - 5));
    }
}
