package id.serambi.frontoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import id.serambi.membership.MemberStatus;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The quick path of card scans (CardScanFilter + QuickScans) answers exactly like the full way, and leaves to it
 * everything it cannot answer the same: each test first signs the desk in once (the full way), so that the following
 * scans are offered to the quick path.
 */
@IntegrationTest
class CardScanQuickPathIT {

    private static final String VISITS = "/api/v1/libraries/lebak/visits";

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
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    MemberCardFixtures members;
    Library lebak;
    String staff;
    Api desk;

    @BeforeEach
    void signTheDeskIn() {
        members = new MemberCardFixtures(events, transaction);
        lebak = libraries.require("lebak");
        staff = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        desk = Api.on(port).as(staff, TestUsers.PASSWORD);
        assertThat(desk.get("/api/v1/libraries/lebak/visits/stats").status()).isEqualTo(200);
    }

    private double quickAnswers() {
        return meters.get("serambi.card.scans.quick").counter().count();
    }

    @Test
    void answersAPlainScanWithTheSameStatusHeadersAndBodyAsTheFullWay() {
        TestMember first = members.aValidMember(lebak.id());
        TestMember second = members.aValidMember(lebak.id());
        String freshUser = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        Api fresh = Api.on(port).as(freshUser, TestUsers.PASSWORD);

        double before = quickAnswers();
        Api.Response fullWay = fresh.post(VISITS, Map.of("memberNumber", first.number(), "purpose", "READING"));
        double afterFullWay = quickAnswers();
        Api.Response quick = fresh.post(VISITS, Map.of("memberNumber", second.number(), "purpose", "READING"));

        assertThat(afterFullWay).as("a password not yet checked goes the full way").isEqualTo(before);
        assertThat(quickAnswers()).isEqualTo(afterFullWay + 1);
        assertThat(quick.status()).isEqualTo(fullWay.status()).isEqualTo(201);
        assertThat(headers(quick)).isEqualTo(headers(fullWay));
        assertThat(fields(quick)).isEqualTo(fields(fullWay));
        assertThat(quick.json().get("memberName").asString()).isEqualTo(second.name());
        assertThat(jdbc.sql("""
                select staff_account_id = (select id from staff_account where username = ?) and purpose = 'READING'
                       and visitor_name = ? and category_code = 'UMUM'
                from visit where library_id = ? and id = ?""")
                .params(freshUser, second.name(), lebak.idValue(), quick.json().get("visitId").asLong())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aRepeatWithinTheWindowIsTheEarlierVisit() {
        TestMember member = members.aValidMember(lebak.id());
        long visit = desk.post(VISITS, Map.of("memberNumber", member.number())).json().get("visitId").asLong();

        Api.Response again = desk.post(VISITS, Map.of("memberNumber", member.number()));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        assertThat(again.json().get("visitId").asLong()).isEqualTo(visit);
        assertThat(visitsOf(member)).isEqualTo(1);
    }

    @Test
    void refusalsAndWarningsGetTheFullWaysAnswerInTheReadersLanguage() {
        TestMember expired = members.anExpiredMember(lebak.id());
        TestMember pending = members.aMember(lebak.id(), MemberStatus.PENDING_VERIFICATION,
                LocalDate.now().plusYears(1), null);

        Api.Response unknown = desk.in("en").post(VISITS, Map.of("memberNumber", "0000000"));
        Api.Response refused = desk.post(VISITS, Map.of("memberNumber", expired.number()));
        Api.Response notActive = desk.post(VISITS, Map.of("memberNumber", pending.number()));
        Api.Response badPurpose = desk.post(VISITS, Map.of("memberNumber", expired.number(), "purpose", "NAPPING"));

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("code").asString()).isEqualTo("UNKNOWN_CARD");
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("CARD_EXPIRED");
        assertThat(notActive.json().get("code").asString()).isEqualTo("CARD_NOT_ACTIVE");
        assertThat(badPurpose.status()).isEqualTo(400);
        assertThat(badPurpose.json().get("errors").get(0).get("field").asString()).isEqualTo("purpose");
        assertThat(visitsOf(expired) + visitsOf(pending)).isZero();
    }

    @Test
    void anExpiredCardInALibraryThatOnlyWarnsIsCountedWithTheWarningWorded() {
        Library barito = libraries.require("barut");
        jdbc.sql("""
                insert into frontoffice_settings (library_id, expired_card_policy) values (?, 'WARN')
                on conflict (library_id) do update set expired_card_policy = 'WARN'""")
                .param(barito.idValue()).update();
        try {
            TestMember expired = members.anExpiredMember(barito.id());
            Api head = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "barut", Role.PETUGAS),
                    TestUsers.PASSWORD).in("en");
            head.get("/api/v1/libraries/barut/visits/stats");

            Api.Response warned = head.post("/api/v1/libraries/barut/visits",
                    Map.of("memberNumber", expired.number()));

            assertThat(warned.status()).isEqualTo(201);
            assertThat(warned.json().get("warning").asString()).isEqualTo("CARD_EXPIRED");
            assertThat(warned.json().get("warningMessage").asString()).contains(expired.name()).contains("expired");
        } finally {
            jdbc.sql("update frontoffice_settings set expired_card_policy = 'REFUSE' where library_id = ?")
                    .param(barito.idValue()).update();
        }
    }

    @Test
    void anotherLibrarysStaffAWrongPasswordAndBadBodiesGetTheUsualAnswers() {
        TestMember member = members.aValidMember(lebak.id());
        Api elsewhere = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.KABID),
                TestUsers.PASSWORD);
        elsewhere.get("/api/v1/libraries/sidoarjo/visits/stats");

        Api.Response forbidden = elsewhere.post(VISITS, Map.of("memberNumber", member.number()));
        Api.Response unknownLibrary = desk.post("/api/v1/libraries/atlantis/visits",
                Map.of("memberNumber", member.number()));
        Api.Response wrongPassword = Api.on(port).as(staff, "salah-sandi-123")
                .post(VISITS, Map.of("memberNumber", member.number()));
        Api.Response notJson = desk.postBytes(VISITS, "application/json", "{\"memberNumber\":".getBytes());
        Api.Response nul = desk.post(VISITS, Map.of("memberNumber", "12\u00003"));

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("code").asString()).isEqualTo("FORBIDDEN_LIBRARY");
        assertThat(unknownLibrary.status()).isEqualTo(404);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(nul.status()).isEqualTo(400);
        assertThat(visitsOf(member)).isZero();
    }

    @Test
    void aWrongPasswordMakesTheNextScanCheckThePasswordTheWholeWay() {
        TestMember member = members.aValidMember(lebak.id());
        assertThat(Api.on(port).as(staff, "salah-sandi-123").post(VISITS, Map.of("memberNumber", member.number()))
                .status()).isEqualTo(401);
        double before = quickAnswers();

        Api.Response scan = desk.post(VISITS, Map.of("memberNumber", member.number()));

        assertThat(scan.status()).isEqualTo(201);
        assertThat(quickAnswers()).as("answered the full way, password checked again").isEqualTo(before);
    }

    @Test
    void aFirstScanOnTheQuickPathClosesTheCardProcedure() {
        Library sidoarjo = libraries.require("sidoarjo");
        TestMember member = members.aValidMember(sidoarjo.id());
        Api sidoarjoDesk = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo",
                Role.PETUGAS), TestUsers.PASSWORD);
        sidoarjoDesk.get("/api/v1/libraries/sidoarjo/visits/stats");
        double before = quickAnswers();

        assertThat(sidoarjoDesk.post("/api/v1/libraries/sidoarjo/visits", Map.of("memberNumber", member.number()))
                .status()).isEqualTo(201);

        assertThat(quickAnswers()).isEqualTo(before + 1);
        Eventually.holds(() -> assertThat(jdbc.sql("""
                select count(*) from case_step where library_id = ? and service_kind = 'KTA_DESK'
                and case_ref = ? and checkpoint = 'FIRST_VISIT_SCANNED'""")
                .params(sidoarjo.idValue(), member.number()).query(Long.class).single()).isEqualTo(1));
    }

    @Test
    void concurrentScansOfTheSameCardsCountEachMemberOnce() throws Exception {
        List<TestMember> cards = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cards.add(members.aValidMember(lebak.id()));
        }
        List<Callable<Integer>> scans = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (TestMember card : cards) {
                scans.add(() -> desk.post(VISITS, Map.of("memberNumber", card.number())).status());
            }
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (Future<Integer> status : pool.invokeAll(scans)) {
                statuses.add(status.get());
            }
        }

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(20);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(40);
        for (TestMember card : cards) {
            assertThat(visitsOf(card)).as(card.number()).isEqualTo(1);
        }
    }

    private long visitsOf(TestMember member) {
        return jdbc.sql("select count(*) from visit where library_id = ? and member_number = ?")
                .params(member.library().value(), member.number()).query(Long.class).single();
    }

    private static Map<String, List<String>> headers(Api.Response response) {
        Map<String, List<String>> headers = new TreeMap<>(response.raw().headers().map());
        headers.keySet().removeAll(List.of("date", "content-length", "transfer-encoding", "keep-alive",
                "connection"));
        return headers;
    }

    private static List<String> fields(Api.Response response) {
        List<String> names = new ArrayList<>(response.json().propertyNames());
        names.sort(null);
        return names;
    }
}
