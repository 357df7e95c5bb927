package id.serambi.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.cases.internal.CaseFiles;
import id.serambi.cases.internal.CaseRouter;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CaseDeskIT {

    private static final String LEBAK = "/api/v1/libraries/lebak";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    CaseFiles files;

    @Autowired
    CaseRouter router;

    @Autowired
    CaseViews views;

    Api staff;

    @BeforeEach
    void signIn() {
        staff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
    }

    @Test
    void aTicketIsNumberedPerServiceAndDayAndWaitsUntilCalled() {
        JsonNode first = open("kta");
        JsonNode second = open("kta");
        JsonNode complaint = open("pengaduan");

        assertThat(first.get("queueNumber").asString()).matches("A-\\d{3}");
        assertThat(number(second)).isEqualTo(number(first) + 1);
        assertThat(complaint.get("queueNumber").asString()).startsWith("B-");
        assertThat(first.get("service").asString()).isEqualTo("kta");
        JsonNode listed = find(staff.get(LEBAK + "/cases?status=OPEN").json(), first.get("caseId").asString());
        assertThat(listed.get("status").asString()).isEqualTo("WAITING");
        assertThat(listed.get("currentStep").get("order").asInt()).isEqualTo(1);
        assertThat(listed.get("standardSeconds").asInt()).isEqualTo(60);
        assertThat(listed.get("deadline").isNull()).isFalse();
    }

    @Test
    void callingTheNextTicketTakesTheOldestWaitingOneOnceAndCallingAgainCounts() {
        drainWaiting();
        JsonNode older = open("kta");
        JsonNode newer = open("kta");

        Api.Response called = staff.post(LEBAK + "/cases/next", Map.of("counter", "Loket 1"));
        Api.Response again = staff.post(LEBAK + "/cases/" + older.get("caseId").asString() + "/call", Map.of());
        Api.Response nextOne = staff.post(LEBAK + "/cases/next", Map.of());

        assertThat(called.status()).as(called.toString()).isEqualTo(200);
        assertThat(called.json().get("caseId").asString()).isEqualTo(older.get("caseId").asString());
        assertThat(called.json().get("status").asString()).isEqualTo("IN_SERVICE");
        assertThat(again.json().get("calls").asInt()).isEqualTo(2);
        assertThat(again.json().get("counter").asString()).isEqualTo("Loket 1");
        assertThat(nextOne.json().get("caseId").asString()).isEqualTo(newer.get("caseId").asString());
        assertThat(staff.post(LEBAK + "/cases/next", Map.of()).status()).isEqualTo(204);
    }

    @Test
    void aSkippedTicketIsClosedAndRefusesMore() {
        String caseId = open("kta").get("caseId").asString();

        Api.Response skipped = staff.post(LEBAK + "/cases/" + caseId + "/skip", Map.of());
        Api.Response call = staff.post(LEBAK + "/cases/" + caseId + "/call", Map.of());
        Api.Response english = staff.in("en").post(LEBAK + "/cases/" + caseId + "/steps/1", Map.of());

        assertThat(skipped.json().get("status").asString()).isEqualTo("SKIPPED");
        assertThat(call.status()).isEqualTo(409);
        assertThat(call.json().get("code").asString()).isEqualTo("CASE_CLOSED");
        assertThat(call.json().get("detail").asString()).contains("sudah selesai");
        assertThat(english.json().get("detail").asString()).contains("is finished");
        assertThat(ids(staff.get(LEBAK + "/cases").json())).doesNotContain(caseId);
    }

    @Test
    void badInputIsRefusedFieldByFieldInBothLanguages() {
        Api.Response unknown = staff.post(LEBAK + "/cases", Map.of("service", "nope"));
        Api.Response english = staff.in("en").post(LEBAK + "/cases", Map.of("service", "nope"));
        Api.Response missing = staff.post(LEBAK + "/cases", Map.of());
        Api.Response noCase = staff.post(LEBAK + "/cases/" + UUID.randomUUID() + "/call", Map.of());
        String caseId = open("kta").get("caseId").asString();
        Api.Response noStep = staff.post(LEBAK + "/cases/" + caseId + "/steps/99", Map.of());
        Api.Response badLink = staff.post(LEBAK + "/members?caseId=not-a-case",
                MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(MemberFixtures.fields(unknown.json())).containsExactly("service");
        assertThat(unknown.json().get("errors").get(0).get("message").asString()).contains("tidak ada");
        assertThat(english.json().get("errors").get(0).get("message").asString()).contains("has no service");
        assertThat(MemberFixtures.fields(missing.json())).containsExactly("service");
        assertThat(noCase.status()).isEqualTo(404);
        assertThat(noStep.status()).isEqualTo(404);
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(MemberFixtures.fields(badLink.json())).containsExactly("caseId");
    }

    @Test
    void lebaksProcedureFromTheTicketToTheHandOverIsOneCaseMeasuredFromItsFirstStep() {
        drainWaiting();
        String caseId = open("kta").get("caseId").asString();
        staff.post(LEBAK + "/cases/next", Map.of("counter", "Loket 2"));
        assertThat(staff.post(LEBAK + "/cases/" + caseId + "/steps/1", Map.of()).status()).isEqualTo(200);
        JsonNode ticked = staff.post(LEBAK + "/cases/" + caseId + "/steps/2", Map.of()).json();
        assertThat(ticked.get("currentStep").get("order").asInt()).isEqualTo(3);

        Api.Response registered = staff.post(LEBAK + "/members?caseId=" + caseId,
                MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String number = registered.json().get("memberNumber").asString();
        JsonNode joined = staff.get(LEBAK + "/cases/" + caseId).json();
        assertThat(joined.get("memberNumber").asString()).isEqualTo(number);

        // later steps need no case id: the member is known on the case
        staff.put(LEBAK + "/members/" + number + "/photo", "image/jpeg", MemberFixtures.anImage("jpeg", 300, 400));
        staff.post(LEBAK + "/members/" + number + "/verification", Map.of("decision", "APPROVE", "note", "ok"));
        assertThat(staff.get(LEBAK + "/members/" + number + "/card.pdf").status()).isEqualTo(200);
        Api.Response handedOver = staff.post(LEBAK + "/members/" + number + "/handover",
                Map.of("phoneConfirmed", true, "signatureName", "Budi"));
        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(201);

        JsonNode closed = staff.get(LEBAK + "/cases/" + caseId).json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("currentStep").isNull()).isTrue();
        assertThat(ids(staff.get(LEBAK + "/cases").json())).doesNotContain(caseId);
        List<String> timeline = new ArrayList<>(files.moments(libraries.require("lebak").id(),
                List.of(UUID.fromString(caseId))).get(UUID.fromString(caseId)).keySet());
        assertThat(timeline).contains("REQUIREMENTS_CHECKED", "FORM_FILLED", "PHOTO_TAKEN", "DATA_VERIFIED",
                "CARD_HANDED_OVER");
    }

    @Test
    void aBaritoUtaraCaseOpenedOnSaturdayAtElevenIsDueOnMondayAtEleven() {
        ZoneId wib = ZoneId.of("Asia/Pontianak");
        ZonedDateTime saturday = LocalDateTime.of(2026, 12, 12, 11, 0).atZone(wib);
        CaseDesk desk = new CaseDesk(files, router, views, libraries, Clock.fixed(saturday.toInstant(), wib));
        Library barut = libraries.require("barut");

        CaseView opened = desk.open(barut, "kta");

        assertThat(opened.deadline()).isEqualTo(LocalDateTime.of(2026, 12, 14, 11, 0).atZone(wib).toInstant());
        assertThat(opened.overdue()).isFalse();
    }

    @Test
    void anotherLibrarysStaffCannotSeeOrCallItsCases() {
        String caseId = open("kta").get("caseId").asString();
        Api barut = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "barut", Role.KABID),
                TestUsers.PASSWORD);

        assertThat(barut.get(LEBAK + "/cases").status()).isEqualTo(403);
        assertThat(barut.post("/api/v1/libraries/barut/cases/" + caseId + "/call", Map.of()).status())
                .isEqualTo(404);
    }

    private JsonNode open(String service) {
        Api.Response opened = staff.post(LEBAK + "/cases", Map.of("service", service));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.header("Location")).endsWith("/cases/" + opened.json().get("caseId").asString());
        return opened.json();
    }

    private void drainWaiting() {
        while (staff.post(LEBAK + "/cases/next", Map.of()).status() == 200) {
            // other tests' tickets are called out of the way
        }
    }

    private static int number(JsonNode ticket) {
        return Integer.parseInt(ticket.get("queueNumber").asString().substring(2));
    }

    private static JsonNode find(JsonNode cases, String caseId) {
        for (JsonNode c : cases) {
            if (c.get("caseId").asString().equals(caseId)) {
                return c;
            }
        }
        throw new AssertionError("case " + caseId + " not listed in " + cases);
    }

    private static List<String> ids(JsonNode cases) {
        List<String> ids = new ArrayList<>();
        cases.forEach(c -> ids.add(c.get("caseId").asString()));
        return ids;
    }
}
