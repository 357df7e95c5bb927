package id.serambi.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.accounts.AccountService;
import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.frontoffice.NewVisit;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.membership.MembershipService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
class RetentionIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FrontOfficeService frontOffice;

    @Autowired
    MembershipService membership;

    Api desk;
    Api kabid;

    @BeforeEach
    void staff() {
        desk = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
        kabid = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KABID),
                TestUsers.PASSWORD);
    }

    @Test
    void theRunErasesStaleUnverifiedOnlineApplicationsAndAnonymisesOldGuestsWithoutChangingCounts() {
        Library lebak = libraries.require("lebak");
        LocalDate longAgo = frontOffice.today(lebak).minusDays(45);
        String stale = anApplicationRegisteredOn(longAgo, "ONLINE");
        String recent = anApplicationRegisteredOn(frontOffice.today(lebak).minusDays(2), "ONLINE");
        String desk = anApplicationRegisteredOn(longAgo, "DESK");
        String guest = "Tamu " + UUID.randomUUID();
        Instant oldVisit = ZonedDateTime.now(lebak.timezone()).minusMonths(13).toInstant();
        frontOffice.recordVisitAt(lebak, new NewVisit("NON_MEMBER", null, "READING", null, guest, "FEMALE", null, null,
                "SMAN 1 Rangkasbitung", "Jl. Pahlawan 1", null, null, null, "0812000000", null), oldVisit);
        LocalDate visitDay = LocalDate.ofInstant(oldVisit, lebak.timezone());
        long visitsBefore = frontOffice.stats(lebak, visitDay, visitDay).total();
        Map<String, Long> membersBefore = membership.newMembersByCategory(lebak.id(), longAgo, longAgo);

        Api.Response run = kabid.post("/api/v1/libraries/lebak/retention-runs", Map.of());

        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.json().get("applicationsErased").asInt()).isPositive();
        assertThat(run.json().get("visitsAnonymised").asInt()).isPositive();
        assertThat(status(stale)).isEqualTo("ERASED");
        assertThat(status(recent)).isEqualTo("PENDING_VERIFICATION");
        assertThat(status(desk)).isEqualTo("PENDING_VERIFICATION");
        assertThat(jdbc.sql("select count(*) from visit where visitor_name = ?").params(guest).query(Long.class)
                .single()).isZero();
        assertThat(frontOffice.stats(lebak, visitDay, visitDay).total()).isEqualTo(visitsBefore);
        assertThat(membership.newMembersByCategory(lebak.id(), longAgo, longAgo)).isEqualTo(membersBefore);
        Api.Response log = kabid.get("/api/v1/libraries/lebak/personal-data-log?memberNumber=" + stale);
        assertThat(log.text()).contains("ERASED_BY_RETENTION");
    }

    @Test
    void aFailureOnOneApplicationLeavesTheOnesErasedBeforeItErasedAndTheNextRunErasesTheRest() {
        Library lebak = libraries.require("lebak");
        LocalDate longAgo = frontOffice.today(lebak).minusDays(45);
        List<String> stale = List.of(anApplicationRegisteredOn(longAgo, "ONLINE"),
                anApplicationRegisteredOn(longAgo, "ONLINE"), anApplicationRegisteredOn(longAgo, "ONLINE"));
        String failing = stale.get(1);
        jdbc.sql("""
                create function retention_test_refuse() returns trigger language plpgsql as $$
                begin raise exception 'erasure refused for the test'; end $$""").update();
        jdbc.sql("create trigger retention_test_refuse before update on member for each row when "
                + "(new.status = 'ERASED' and new.member_number = '" + failing + "') "
                + "execute function retention_test_refuse()").update();
        try {
            kabid.post("/api/v1/libraries/lebak/retention-runs", Map.of());
        } finally {
            jdbc.sql("drop trigger retention_test_refuse on member").update();
            jdbc.sql("drop function retention_test_refuse()").update();
        }

        assertThat(status(stale.get(0))).as("erased before the failing one").isEqualTo("ERASED");
        assertThat(status(failing)).isEqualTo("PENDING_VERIFICATION");
        assertThat(jdbc.sql("select count(*) from privacy_action where member_number = ? and action = ?")
                .params(failing, "ERASED_BY_RETENTION").query(Long.class).single()).isZero();

        Api.Response again = kabid.post("/api/v1/libraries/lebak/retention-runs", Map.of());

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(stale).allSatisfy(number -> assertThat(status(number)).isEqualTo("ERASED"));
    }

    @Test
    void settingsAreCheckedAndKeptPerLibrary() {
        Api.Response refused = kabid.in("en").put("/api/v1/libraries/lebak/retention-settings", "application/json",
                "{\"unverifiedApplicationDays\": 0, \"guestBookMonths\": 500}".getBytes());
        Api.Response saved = kabid.put("/api/v1/libraries/lebak/retention-settings", "application/json",
                "{\"unverifiedApplicationDays\": 30, \"guestBookMonths\": 12}".getBytes());
        Api.Response kasi = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KASI),
                TestUsers.PASSWORD).get("/api/v1/libraries/lebak/retention-settings");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(MemberFixtures.fields(refused.json())).containsExactly("unverifiedApplicationDays", "guestBookMonths");
        assertThat(refused.text()).contains("Enter a number from 1 to 3650.");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(kasi.status()).isEqualTo(403);
    }

    private String anApplicationRegisteredOn(LocalDate day, String channel) {
        String number = PrivacyFixtures.aPendingMember(desk);
        jdbc.sql("update member set registered_on = ?, channel = ? where member_number = ? and library_id = "
                + "(select id from library where code = 'lebak')")
                .params(java.sql.Date.valueOf(day), channel, number).update();
        return number;
    }

    private String status(String number) {
        return jdbc.sql("select status from member where member_number = ? and library_id = "
                + "(select id from library where code = 'lebak')").params(number).query(String.class).single();
    }
}
