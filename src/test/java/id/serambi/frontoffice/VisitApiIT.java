package id.serambi.frontoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.accounts.AccountService;
import id.serambi.frontoffice.MemberCardFixtures.TestMember;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class VisitApiIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    LibraryService libraries;
    @Autowired
    AccountService accounts;
    @Autowired
    FrontOfficeService frontOffice;
    @Autowired
    JdbcClient jdbc;

    MemberCardFixtures members;
    Library lebak;
    Api desk;

    @BeforeEach
    void setUp() {
        members = new MemberCardFixtures(events, transaction);
        lebak = libraries.require("lebak");
        String staff = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        desk = Api.on(port).as(staff, TestUsers.PASSWORD);
    }

    @Test
    void greetsAScannedMemberByName() {
        TestMember member = members.aValidMember(lebak.id());

        Api.Response response = desk.post("/api/v1/libraries/lebak/visits",
                Map.of("memberNumber", member.number(), "purpose", "READING"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("memberName").asString()).isEqualTo(member.name());
        assertThat(response.json().get("visitorType").asString()).isEqualTo("MEMBER");
        assertThat(response.json().get("visitId").asLong()).isPositive();
    }

    @Test
    void refusesAnUnknownCard() {
        Api.Response response = desk.post("/api/v1/libraries/lebak/visits", Map.of("memberNumber", "0000000"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("UNKNOWN_CARD");
        assertThat(response.json().get("detail").asString()).contains("0000000");
    }

    @Test
    void refusesAnExpiredCardWhereTheLibraryRefuses() {
        TestMember member = members.anExpiredMember(lebak.id());

        Api.Response response = desk.post("/api/v1/libraries/lebak/visits", Map.of("memberNumber", member.number()));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("CARD_EXPIRED");
    }

    @Test
    void recordsAnExpiredCardWithAWarningWhereTheLibraryOnlyWarns() {
        Library barut = libraries.require("barut");
        GuestBookSettings before = frontOffice.settings(barut.id());
        frontOffice.saveSettings(barut.id(), new GuestBookSettings(30, ExpiredCardPolicy.WARN, "READING"));
        try {
            TestMember member = members.anExpiredMember(barut.id());
            Api.Response response = Api.on(port).asAdmin().in("en").post("/api/v1/libraries/barut/visits",
                    Map.of("memberNumber", member.number()));

            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            assertThat(response.json().get("warning").asString()).isEqualTo("CARD_EXPIRED");
            assertThat(response.json().get("warningMessage").asString()).contains("expired");
        } finally {
            frontOffice.saveSettings(barut.id(), before);
        }
    }

    @Test
    void refusesAReplacedCardAsBlocked() {
        TestMember member = members.aReplacedMember(lebak.id());

        Api.Response response = desk.post("/api/v1/libraries/lebak/visits", Map.of("memberNumber", member.number()));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("CARD_BLOCKED");
    }

    @Test
    void doesNotCountARepeatScanWithinTheWindow() {
        TestMember member = members.aValidMember(lebak.id());
        JsonNode first = desk.post("/api/v1/libraries/lebak/visits", Map.of("memberNumber", member.number())).json();

        Api.Response again = desk.post("/api/v1/libraries/lebak/visits", Map.of("memberNumber", member.number()));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        assertThat(again.json().get("visitId").asLong()).isEqualTo(first.get("visitId").asLong());
        assertThat(jdbc.sql("select count(*) from visit where library_id = ? and member_number = ?")
                .params(lebak.idValue(), member.number()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesANonMemberWithoutAName() {
        Api.Response response = desk.in("en").post("/api/v1/libraries/lebak/visits",
                Map.of("visitorType", "NON_MEMBER", "institution", "SMAN 1", "purpose", "READING"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("Required.");
    }

    @Test
    void refusesAGroupWhoseBreakdownDoesNotAddUp() {
        Api.Response response = desk.post("/api/v1/libraries/lebak/visits", Map.of("visitorType", "GROUP",
                "groupName", "SDN 2 Rangkasbitung", "groupSize", 30, "breakdown", Map.of("male", 12, "female", 15)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("breakdown");
    }

    @Test
    void refusesAPurposeThatIsNotOnTheLibrarysList() {
        TestMember member = members.aValidMember(lebak.id());

        Api.Response response = desk.post("/api/v1/libraries/lebak/visits",
                Map.of("memberNumber", member.number(), "purpose", "SWIMMING"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("purpose");
    }

    @Test
    void statsCountPeopleOnTheLibrarysCalendarDay() {
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        Instant lateEvening = day.atTime(23, 30).toInstant(ZoneOffset.UTC);
        TestMember member = members.aValidMember(lebak.id());
        frontOffice.recordVisitAt(lebak, NewVisit.member(member.number(), "INTERNET", null), lateEvening);
        frontOffice.recordVisitAt(lebak, new NewVisit("GROUP", null, "MEETING", null, null, null, null, null,
                "SDN 1", null, "Kelas 5", 30, "Bu Sari", null, new NewVisit.Breakdown(14, 16)), lateEvening);

        JsonNode stats = desk.get("/api/v1/libraries/lebak/visits/stats?from=" + day + "&to=" + day.plusDays(1))
                .json();

        assertThat(stats.get("total").asLong()).isEqualTo(31);
        assertThat(stats.get("byType").get("GROUP").asLong()).isEqualTo(30);
        assertThat(stats.get("byType").get("MEMBER").asLong()).isEqualTo(1);
        assertThat(stats.get("byPurpose").get("INTERNET").asLong()).isEqualTo(1);
        assertThat(stats.get("byDay").get(0).get("date").asString()).isEqualTo(day.toString());
        assertThat(stats.get("byDay").get(0).get("people").asLong()).isZero();
        assertThat(stats.get("byDay").get(1).get("date").asString()).isEqualTo(day.plusDays(1).toString());
        assertThat(stats.get("byDay").get(1).get("people").asLong()).isEqualTo(31);
    }

    @Test
    void refusesAnotherLibrarysStaff() {
        Api.Response response = desk.get("/api/v1/libraries/jateng/visits/stats");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("FORBIDDEN_LIBRARY");
    }

    @Test
    void listsThePurposesOfVisitPubliclyInBothLanguages() {
        JsonNode indonesian = Api.on(port).get("/api/v1/libraries/lebak/visit-purposes").json();
        JsonNode english = Api.on(port).in("en").get("/api/v1/libraries/lebak/visit-purposes").json();

        assertThat(indonesian.get(0).get("code").asString()).isEqualTo("READING");
        assertThat(indonesian.get(0).get("name").asString()).isEqualTo("Membaca");
        assertThat(english.get(0).get("name").asString()).isEqualTo("Reading");
        assertThat(indonesian.size()).isEqualTo(7);
    }

    @Test
    void aFirstScanInSidoarjoClosesTheCardProcedure() {
        Library sidoarjo = libraries.require("sidoarjo");
        TestMember member = members.aValidMember(sidoarjo.id());

        assertThat(Api.on(port).asAdmin().post("/api/v1/libraries/sidoarjo/visits",
                Map.of("memberNumber", member.number())).status()).isEqualTo(201);

        Eventually.holds(() -> assertThat(jdbc.sql("""
                select count(*) from case_step where library_id = ? and service_kind = 'KTA_DESK'
                and case_ref = ? and checkpoint = 'FIRST_VISIT_SCANNED'""")
                .params(sidoarjo.idValue(), member.number()).query(Long.class).single()).isEqualTo(1));
    }
}
