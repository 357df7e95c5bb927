package id.serambi.reports;

import static id.serambi.reports.OversightFixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.accounts.AccountService;
import id.serambi.cases.StepReached;
import id.serambi.cases.SubjectKind;
import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Jawa Tengah provincial library oversees Barito Utara and Sidoarjo (set here: no seed library fits). */
@IntegrationTest
class OversightIT {

    /** Wednesday before Christmas 2026 to the next Wednesday: no other test records anything in these days. */
    static final String PERIOD = "from=2026-12-18&to=2026-12-23";

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    FrontOfficeService frontOffice;

    @Autowired
    LibraryService libraries;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void jatengOverseesBaritoUtaraAndSidoarjo() {
        Api.Response set = put(Api.on(port).asAdmin(), OversightFixtures.oversight("barut", "sidoarjo"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    @Test
    void sumsHandCountedVisitsAndServiceTimesOfTwoLibrariesAsEachLibrarySeesThem() {
        Library barut = libraries.require("barut");
        Library sidoarjo = libraries.require("sidoarjo");
        ZoneId pontianak = barut.timezone();
        ZoneId jakarta = sidoarjo.timezone();
        frontOffice.recordVisitAt(barut, OversightFixtures.nonMember("Arif"), local(pontianak, 2026, 12, 18, 9, 0));
        frontOffice.recordVisitAt(barut, OversightFixtures.group(20), local(pontianak, 2026, 12, 19, 8, 0));
        frontOffice.recordVisitAt(sidoarjo, OversightFixtures.nonMember("Sari"), local(jakarta, 2026, 12, 18, 10, 0));
        frontOffice.recordVisitAt(sidoarjo, OversightFixtures.nonMember("Tono"), local(jakarta, 2026, 12, 23, 23, 30));
        // Barito Utara, card at the desk, 1 working day. Friday 10:00 -> Saturday 09:00: Friday 10:00-16:00
        // (21,600 s) + Saturday 07:30-09:00 (5,400 s) = 27,000 s, within (deadline Saturday 10:00).
        // Wednesday 23 Dec 14:00 -> Monday 28 Dec 08:00, over the Christmas holidays (Thursday 24 and Friday 25)
        // and a Sunday: Wednesday 14:00-15:30 (5,400) + Saturday 07:30-12:00 (16,200) + Monday 07:00-08:00 (3,600)
        // = 25,200 s of working time, but past the deadline (the next working day, Saturday, at closing 12:00).
        String within = kta(barut, local(pontianak, 2026, 12, 18, 10, 0), local(pontianak, 2026, 12, 19, 9, 0));
        String late = kta(barut, local(pontianak, 2026, 12, 23, 14, 0), local(pontianak, 2026, 12, 28, 8, 0));
        Api kabid = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.KABID),
                TestUsers.PASSWORD);
        Api admin = Api.on(port).asAdmin();

        Eventually.holds(() -> assertThat(admin.get("/api/v1/libraries/barut/service-times?" + PERIOD).json()
                .get("services").get(0).get("completedCases").asInt()).isEqualTo(2));
        JsonNode oversight = kabid.get("/api/v1/libraries/jateng/network/dashboard?" + PERIOD).json();

        JsonNode total = oversight.get("total");
        assertThat(oversight.get("libraries")).extracting(l -> l.get("library").asString())
                .containsExactly("barut", "sidoarjo");
        assertThat(total.get("visitors").asLong()).isEqualTo(1 + 20 + 2);
        assertThat(total.get("visitsByType").get("NON_MEMBER").asLong()).isEqualTo(3);
        assertThat(total.get("visitsByType").get("GROUP").asLong()).isEqualTo(20);
        assertThat(total.get("visitsByDay")).extracting(d -> d.get("people").asLong())
                .containsExactly(2L, 20L, 0L, 0L, 0L, 1L);
        assertThat(total.get("serviceCases").asLong()).isEqualTo(2);
        assertThat(total.get("complaints").asLong()).isZero();
        assertThat(total.get("ikm").isNull()).isTrue();
        JsonNode card = admin.get("/api/v1/libraries/barut/service-times?" + PERIOD).json().get("services").get(0);
        assertThat(card.get("withinCompletionPercent").asDouble()).isEqualTo(50.0);
        assertThat(card.get("medianSeconds").asLong()).isEqualTo((27_000 + 25_200) / 2);
        assertThat(card.get("breaches")).extracting(b -> b.get("caseRef").asString()).containsExactly(late)
                .doesNotContain(within);
        assertThat(oversight.get("libraries").get(0).get("serviceTimes").get(0).get("withinCompletionPercent")
                .asDouble()).isEqualTo(50.0);
        assertSumsEqualEachLibrarysOwnFigures(admin, oversight, PERIOD);
    }

    @Test
    void countsTodaysMembersComplaintsAndQuestionnairesOfEachLibraryInTheSums() {
        Api kabid = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.KABID),
                TestUsers.PASSWORD);
        Api admin = Api.on(port).asAdmin();
        String today = LocalDate.now(libraries.require("barut").timezone()).toString();
        String period = "from=" + today + "&to=" + today;
        JsonNode before = kabid.get("/api/v1/libraries/jateng/network/dashboard?" + period).json().get("total");

        Api sidoarjoDesk = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.PETUGAS),
                TestUsers.PASSWORD);
        Api.Response member = sidoarjoDesk.post("/api/v1/libraries/sidoarjo/members",
                MemberFixtures.anApplication(MemberFixtures.SIDOARJO_DISTRICT));
        assertThat(member.status()).as(member.toString()).isEqualTo(201);
        assertThat(Api.on(port).post("/api/v1/libraries/barut/complaints", OversightFixtures.aComplaint()).status())
                .isEqualTo(201);
        String service = libraries.standards(libraries.require("sidoarjo").id()).getFirst().code();
        Api.Response survey = Api.on(port).post("/api/v1/libraries/sidoarjo/surveys",
                OversightFixtures.aQuestionnaire(service, 4));
        assertThat(survey.status()).as(survey.toString()).isEqualTo(201);

        JsonNode oversight = kabid.get("/api/v1/libraries/jateng/network/dashboard?" + period).json();
        JsonNode after = oversight.get("total");
        assertThat(sum(after.get("newMembersByCategory")) - sum(before.get("newMembersByCategory"))).isEqualTo(1);
        assertThat(after.get("complaints").asLong() - before.get("complaints").asLong()).isEqualTo(1);
        assertThat(after.get("ikmRespondents").asInt() - before.get("ikmRespondents").asInt()).isEqualTo(1);
        assertSumsEqualEachLibrarysOwnFigures(admin, oversight, period);
    }

    @Test
    void showsTheProvinceCountsButNeverTheOverseenLibrariesMembers() {
        Api kepala = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.KEPALA),
                TestUsers.PASSWORD);
        Api petugas = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.PETUGAS),
                TestUsers.PASSWORD);

        assertThat(kepala.get("/api/v1/libraries/jateng/network/dashboard?" + PERIOD).status()).isEqualTo(200);
        assertThat(petugas.get("/api/v1/libraries/jateng/network/dashboard?" + PERIOD).status()).isEqualTo(403);
        for (String path : new String[] {"/api/v1/libraries/barut/members", "/api/v1/libraries/sidoarjo/members",
                "/api/v1/libraries/barut/members/X-0000", "/api/v1/libraries/barut/visits/stats?" + PERIOD,
                "/api/v1/libraries/sidoarjo/complaints", "/api/v1/libraries/barut/dashboard?" + PERIOD,
                "/api/v1/libraries/barut/network/dashboard?" + PERIOD}) {
            assertThat(kepala.get(path).status()).as(path).isEqualTo(403);
        }
        String body = kepala.get("/api/v1/libraries/jateng/network/dashboard?" + PERIOD).text();
        assertThat(body).doesNotContain("Arif", "Sari", "Tono", "081234567891", "nik");
    }

    @Test
    void onlyTheAdministratorChoosesTheOverseenLibrariesAndNeverTheLibraryItselfOrAnUnknownOne() {
        Api kepala = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.KEPALA),
                TestUsers.PASSWORD);
        Api admin = Api.on(port).asAdmin();

        assertThat(put(kepala, OversightFixtures.oversight("lebak")).status())
                .isEqualTo(403);
        Api.Response refused = put(admin, OversightFixtures.oversight("jateng", "nowhere-" + UUID.randomUUID()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).hasSize(2);
        assertThat(kepala.get("/api/v1/libraries/jateng/network").json().get("libraries"))
                .extracting(JsonNode::asString).containsExactly("barut", "sidoarjo");
    }

    private static Api.Response put(Api api, Object body) {
        return api.put("/api/v1/libraries/jateng/network", "application/json",
                JSON.writeValueAsBytes(body));
    }

    private String kta(Library library, java.time.Instant filled, java.time.Instant handedOver) {
        String caseRef = "oversight-" + UUID.randomUUID();
        transaction.executeWithoutResult(s -> {
            events.publishEvent(new StepReached(library.id(), SubjectKind.MEMBER, caseRef, "DESK",
                    Checkpoint.FORM_FILLED, filled, null));
            events.publishEvent(new StepReached(library.id(), SubjectKind.MEMBER, caseRef, "DESK",
                    Checkpoint.CARD_HANDED_OVER, handedOver, null));
        });
        return caseRef;
    }

    /** Every summed figure equals the sum of what each library's own dashboard says. */
    private static void assertSumsEqualEachLibrarysOwnFigures(Api admin, JsonNode oversight, String period) {
        long visitors = 0;
        long members = 0;
        long complaints = 0;
        long respondents = 0;
        long internet = 0;
        long printed = 0;
        for (String library : new String[] {"barut", "sidoarjo"}) {
            JsonNode own = admin.get("/api/v1/libraries/" + library + "/dashboard?" + period).json();
            visitors += own.get("visits").get("total").asLong();
            members += sum(own.get("newMembersByCategory"));
            complaints += sum(own.get("complaintsByStatus"));
            respondents += own.get("ikm").get("respondents").asLong();
            internet += own.get("internet").get("sessions").asLong();
            printed += own.get("cards").get("printed").asLong();
        }
        JsonNode total = oversight.get("total");
        assertThat(total.get("visitors").asLong()).isEqualTo(visitors);
        assertThat(sum(total.get("newMembersByCategory"))).isEqualTo(members);
        assertThat(total.get("complaints").asLong()).isEqualTo(complaints);
        assertThat(total.get("ikmRespondents").asLong()).isEqualTo(respondents);
        assertThat(total.get("internetSessions").asLong()).isEqualTo(internet);
        assertThat(total.get("cardsPrinted").asLong()).isEqualTo(printed);
    }

    private static long sum(JsonNode counts) {
        long sum = 0;
        for (JsonNode count : counts) {
            sum += count.asLong();
        }
        return sum;
    }
}
