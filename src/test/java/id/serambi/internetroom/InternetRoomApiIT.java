package id.serambi.internetroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.accounts.AccountService;
import id.serambi.frontoffice.MemberCardFixtures;
import id.serambi.frontoffice.MemberCardFixtures.TestMember;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
class InternetRoomApiIT {

    static final String SESSIONS = "/api/v1/libraries/banyuwangi/internet-sessions";

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
    InternetRoomService internetRoom;
    @Autowired
    JdbcClient jdbc;

    MemberCardFixtures members;
    Library banyuwangi;
    Api desk;
    Api head;

    @BeforeEach
    void setUp() {
        members = new MemberCardFixtures(events, transaction);
        banyuwangi = libraries.require("banyuwangi");
        desk = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.PETUGAS),
                TestUsers.PASSWORD);
        head = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.KASI),
                TestUsers.PASSWORD);
    }

    @Test
    void refusesANonMemberWithAClearMessage() {
        String pc = aWorkstation();

        Api.Response withoutCard = desk.post(SESSIONS, Map.of("workstation", pc));
        Api.Response unknownNumber = desk.in("en").post(SESSIONS, Map.of("memberNumber", "77777777", "workstation", pc));

        assertThat(withoutCard.status()).isEqualTo(422);
        assertThat(withoutCard.json().get("code").asString()).isEqualTo("KTA_REQUIRED");
        assertThat(withoutCard.json().get("detail").asString()).contains("hanya untuk anggota");
        assertThat(unknownNumber.status()).isEqualTo(422);
        assertThat(unknownNumber.json().get("code").asString()).isEqualTo("UNKNOWN_CARD");
        assertThat(unknownNumber.json().get("detail").asString()).contains("members with a valid KTA");
    }

    @Test
    void refusesAnExpiredCard() {
        TestMember member = members.anExpiredMember(banyuwangi.id());

        Api.Response response = desk.post(SESSIONS, Map.of("memberNumber", member.number(), "workstation", aWorkstation()));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("CARD_EXPIRED");
    }

    @Test
    void startsASessionForTheLibrarysAllowance() {
        TestMember member = members.aValidMember(banyuwangi.id());

        Api.Response response = desk.post(SESSIONS, Map.of("memberNumber", member.number(), "workstation", aWorkstation()));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        Instant endsAt = Instant.parse(response.json().get("endsAt").asString());
        assertThat(Duration.between(Instant.now(), endsAt)).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(60));
        assertThat(response.json().get("sessionId").asLong()).isPositive();
    }

    @Test
    void refusesABusyWorkstation() {
        String pc = aWorkstation();
        desk.post(SESSIONS, Map.of("memberNumber", members.aValidMember(banyuwangi.id()).number(), "workstation", pc));

        Api.Response second = desk.post(SESSIONS,
                Map.of("memberNumber", members.aValidMember(banyuwangi.id()).number(), "workstation", pc));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("code").asString()).isEqualTo("WORKSTATION_BUSY");
    }

    @Test
    void refusesAMemberWhoIsAlreadyOnAnotherWorkstation() {
        TestMember member = members.aValidMember(banyuwangi.id());
        desk.post(SESSIONS, Map.of("memberNumber", member.number(), "workstation", aWorkstation()));

        Api.Response second = desk.post(SESSIONS, Map.of("memberNumber", member.number(), "workstation", aWorkstation()));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("code").asString()).isEqualTo("MEMBER_IN_SESSION");
    }

    @Test
    void endingASessionFreesTheWorkstationAndTimesTheProcedure() {
        String pc = aWorkstation();
        long id = desk.post(SESSIONS, Map.of("memberNumber", members.aValidMember(banyuwangi.id()).number(),
                "workstation", pc)).json().get("sessionId").asLong();

        Api.Response end = desk.post(SESSIONS + "/" + id + "/end", Map.of());
        Api.Response again = desk.post(SESSIONS + "/" + id + "/end", Map.of());
        Api.Response tidied = desk.post(SESSIONS + "/" + id + "/tidied", Map.of());
        Api.Response next = desk.post(SESSIONS, Map.of("memberNumber", members.aValidMember(banyuwangi.id()).number(),
                "workstation", pc));

        assertThat(end.status()).isEqualTo(200);
        assertThat(end.json().get("status").asString()).isEqualTo("ENDED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("SESSION_NOT_ACTIVE");
        assertThat(tidied.status()).isEqualTo(200);
        assertThat(next.status()).isEqualTo(201);
        Eventually.holds(() -> assertThat(jdbc.sql("""
                select count(*) from case_step where library_id = ? and service_kind = 'INTERNET' and case_ref = ?
                and checkpoint in ('GUEST_BOOK_SIGNED', 'INTERNET_SESSION_ENDED', 'WORKSTATION_TIDIED')""")
                .params(banyuwangi.idValue(), Long.toString(id)).query(Long.class).single()).isEqualTo(3));
    }

    @Test
    void aSessionWhoseTimeRanOutExpires() {
        String pc = aWorkstation();
        TestMember member = members.aValidMember(banyuwangi.id());
        InternetSession session = internetRoom.startAt(banyuwangi, member.number(), pc,
                Instant.now().minus(Duration.ofMinutes(61)));

        internetRoom.expireDue(banyuwangi);

        Api.Response end = desk.post(SESSIONS + "/" + session.id() + "/end", Map.of());
        assertThat(end.status()).isEqualTo(409);
        assertThat(jdbc.sql("select status from internet_session where library_id = ? and id = ?")
                .params(banyuwangi.idValue(), session.id()).query(String.class).single()).isEqualTo("EXPIRED");
    }

    @Test
    void refusesOnceTheDailyAllowanceIsUsed() {
        TestMember member = members.aValidMember(banyuwangi.id());
        // each session on a workstation of its own: a used workstation waits to be tidied before the next
        ZoneId zone = banyuwangi.timezone();
        LocalDate day = LocalDate.of(2024, 3, 4);
        internetRoom.startAt(banyuwangi, member.number(), aWorkstation(), day.atTime(9, 0).atZone(zone).toInstant());
        internetRoom.startAt(banyuwangi, member.number(), aWorkstation(), day.atTime(10, 1).atZone(zone).toInstant());

        String pc = aWorkstation();
        assertThatThrownBy(() -> internetRoom.startAt(banyuwangi, member.number(), pc,
                day.atTime(11, 2).atZone(zone).toInstant()))
                .isInstanceOfSatisfying(InternetRoomException.class,
                        e -> assertThat(e.code()).isEqualTo("DAILY_ALLOWANCE_USED"));
        InternetSession nextDay = internetRoom.startAt(banyuwangi, member.number(), pc,
                day.plusDays(1).atTime(9, 0).atZone(zone).toInstant());
        assertThat(nextDay.endsAt()).isEqualTo(nextDay.startedAt().plus(Duration.ofMinutes(60)));
    }

    @Test
    void refusesAWorkstationNameAlreadyUsed() {
        String pc = aWorkstation();

        Api.Response again = head.post("/api/v1/libraries/banyuwangi/workstations", Map.of("name", pc.toLowerCase()));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("WORKSTATION_EXISTS");
    }

    @Test
    void onlyAHeadOfSectionAddsWorkstations() {
        Api.Response response = desk.post("/api/v1/libraries/banyuwangi/workstations", Map.of("name", "PC-X"));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aQueuedMemberLeavesTheQueueWhenASessionStarts() {
        TestMember member = members.aValidMember(banyuwangi.id());
        String queue = "/api/v1/libraries/banyuwangi/internet-queue";

        Api.Response joined = desk.post(queue, Map.of("memberNumber", member.number()));
        Api.Response twice = desk.post(queue, Map.of("memberNumber", member.number()));
        Api.Response nonMember = desk.post(queue, Map.of("memberNumber", "55555555"));
        assertThat(joined.status()).isEqualTo(201);
        assertThat(twice.json().get("code").asString()).isEqualTo("ALREADY_QUEUED");
        assertThat(nonMember.status()).isEqualTo(422);
        assertThat(desk.get(queue).text()).contains(member.number());

        desk.post(SESSIONS, Map.of("memberNumber", member.number(), "workstation", aWorkstation()));

        assertThat(desk.get(queue).text()).doesNotContain(member.number());
    }

    private String aWorkstation() {
        String name = "PC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Response response = head.post("/api/v1/libraries/banyuwangi/workstations",
                Map.of("name", name, "location", "Lantai 2"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return name;
    }
}
