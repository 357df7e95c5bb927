package id.serambi.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.accounts.AccountService;
import id.serambi.frontoffice.MemberCardFixtures;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceStandard;
import id.serambi.membership.MemberFixtures;
import id.serambi.servicetimes.ServiceFigures;
import id.serambi.servicetimes.StepFigures;
import id.serambi.servicetimes.internal.ServiceTimeCalculator;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/**
 * Each seed library's procedures walked through the API from the queue ticket, as the desk does them: afterwards the
 * case has a measured time for every step of its procedure (the service-time report's own calculation, on this case
 * alone), its first step included.
 */
@IntegrationTest
class ProcedureWalkIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    CaseService cases;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void lebaksCardFromTheTicketToTheHandOver() {
        Walk walk = new Walk("lebak", "kta");
        walk.tick(1).tick(2);
        String number = walk.register(MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT));
        walk.photo(number).approve(number).print(number).handOver(number, Map.of());

        walk.assertClosedWithEveryStepMeasured();
    }

    @Test
    void jawaTengahsCardWithARealRevisionRound() {
        Walk walk = new Walk("jateng", "kta");
        walk.tick(1).tick(2);
        Map<String, Object> application = MemberFixtures.anApplication("337401");
        String number = walk.register(application);
        walk.ok(walk.staff.post(walk.members + number + "/verification",
                Map.of("decision", "REVISE", "note", "Alamat kurang lengkap")));
        Map<String, Object> corrected = new HashMap<>(application);
        corrected.put("address", "Jl. Pahlawan No. 9, RT 02 RW 03");
        walk.ok(walk.staff.put(walk.members + number, "application/json",
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsBytes(corrected)));
        walk.approve(number).photo(number).print(number);

        walk.assertClosedWithEveryStepMeasured();
    }

    @Test
    void baritoUtarasCardWithThePhoneShownAtTheHandOver() {
        Walk walk = new Walk("barut", "kta");
        walk.tick(1).tick(2).tick(3);
        Map<String, Object> application = MemberFixtures.anApplication("620501");
        String number = walk.register(application);
        walk.approve(number).print(number).handOver(number, Map.of("phoneShown", application.get("phone")));

        walk.assertClosedWithEveryStepMeasured();
    }

    @Test
    void sidoarjosCardToTheFirstScanAtTheDoor() {
        Walk walk = new Walk("sidoarjo", "kta");
        String number = walk.register(MemberFixtures.anApplication(MemberFixtures.SIDOARJO_DISTRICT));
        walk.tick(2).photo(number).approve(number).print(number);
        walk.ok(walk.staff.post(walk.members + number + "/card/lamination", Map.of()));
        walk.handOver(number, Map.of());
        walk.ok(walk.staff.post("/api/v1/libraries/sidoarjo/visits", Map.of("memberNumber", number, "purpose",
                walk.staff.get("/api/v1/libraries/sidoarjo/visit-purposes").json().get(0).get("code").asString())));

        walk.assertClosedWithEveryStepMeasured();
    }

    @Test
    void banyuwangisGuestBookThenTheInternetRoom() {
        Walk walk = new Walk("banyuwangi", "internet");
        String member = new MemberCardFixtures(events, transaction)
                .aValidMember(libraries.require("banyuwangi").id()).number();
        String base = "/api/v1/libraries/banyuwangi";
        walk.ok(walk.staff.post(base + "/visits?caseId=" + walk.caseId, Map.of("memberNumber", member, "purpose",
                walk.staff.get(base + "/visit-purposes").json().get(0).get("code").asString())));
        String pc = "PC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        walk.ok(walk.staff.post(base + "/workstations", Map.of("name", pc, "location", "Lantai 2")));
        Api.Response session = walk.ok(walk.staff.post(base + "/internet-sessions?caseId=" + walk.caseId,
                Map.of("memberNumber", member, "workstation", pc)));
        long id = session.json().get("sessionId").asLong();
        walk.ok(walk.staff.post(base + "/internet-sessions/" + id + "/end", Map.of()));
        walk.ok(walk.staff.post(base + "/internet-sessions/" + id + "/tidied", Map.of()));

        walk.assertClosedWithEveryStepMeasured();
    }

    @Test
    void lebaksMemoComplaintFromTheBlankMemoToTheAppliedResolution() {
        Walk walk = new Walk("lebak", "pengaduan");
        walk.tick(1).tick(2).tick(3);
        Api.Response filed = walk.ok(walk.staff.post("/api/v1/libraries/lebak/complaints?caseId=" + walk.caseId,
                Map.of("channel", "SUGGESTION_BOX", "text", "Memo: kursi ruang baca rusak " + System.nanoTime())));
        String path = "/api/v1/libraries/lebak/complaints/" + filed.json().get("trackingCode").asString()
                + "/transitions";
        for (String status : List.of("VERIFIED", "ANSWERED", "RESOLUTION_RETURNED", "RESOLVED")) {
            Map<String, Object> transition = new HashMap<>();
            transition.put("status", status);
            transition.put("note", "memo");
            transition.put("response", "ANSWERED".equals(status) ? "Kursi diganti minggu ini" : null);
            walk.ok(walk.staff.post(path, transition));
        }

        walk.assertClosedWithEveryStepMeasured();
    }

    /** One case walked by a staff member who may do every step, from a ticket called at once. */
    private final class Walk {

        final Library library;
        final ServiceStandard standard;
        final Api staff;
        final String members;
        final String caseId;
        final Instant started = Instant.now().minusSeconds(1);

        Walk(String code, String service) {
            library = libraries.require(code);
            standard = libraries.standard(library.id(), service);
            staff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, code, Role.KEPALA),
                    TestUsers.PASSWORD);
            members = "/api/v1/libraries/" + code + "/members/";
            Api.Response opened = ok(staff.post("/api/v1/libraries/" + code + "/cases", Map.of("service", service)));
            caseId = opened.json().get("caseId").asString();
            ok(staff.post("/api/v1/libraries/" + code + "/cases/" + caseId + "/call", Map.of("counter", "Loket 1")));
        }

        Walk tick(int order) {
            ok(staff.post("/api/v1/libraries/" + library.code() + "/cases/" + caseId + "/steps/" + order, Map.of()));
            return this;
        }

        String register(Map<String, Object> application) {
            return ok(staff.post("/api/v1/libraries/" + library.code() + "/members?caseId=" + caseId, application))
                    .json().get("memberNumber").asString();
        }

        Walk photo(String number) {
            Api.Response stored = staff.put(members + number + "/photo", "image/jpeg",
                    MemberFixtures.anImage("jpeg", 300, 400));
            assertThat(stored.status()).as(stored.toString()).isLessThan(300);
            return this;
        }

        Walk approve(String number) {
            ok(staff.post(members + number + "/verification", Map.of("decision", "APPROVE", "note", "lengkap")));
            return this;
        }

        Walk print(String number) {
            assertThat(staff.get(members + number + "/card.pdf").status()).isEqualTo(200);
            return this;
        }

        Walk handOver(String number, Map<String, Object> proof) {
            Map<String, Object> body = new HashMap<>(proof);
            body.put("phoneConfirmed", true);
            body.put("signatureName", "Pemohon");
            ok(staff.post(members + number + "/handover", body));
            return this;
        }

        Api.Response ok(Api.Response response) {
            assertThat(response.status()).as(response.toString()).isBetween(200, 299);
            return response;
        }

        void assertClosedWithEveryStepMeasured() {
            Api.Response closed = staff.get("/api/v1/libraries/" + library.code() + "/cases/" + caseId);
            assertThat(closed.json().get("status").asString()).as(closed.toString()).isEqualTo("CLOSED");
            CaseMoments moments = cases.startedBetween(library.id(), standard, started, Instant.now().plusSeconds(1))
                    .stream().filter(c -> c.caseId().toString().equals(caseId)).findFirst().orElseThrow();
            ServiceFigures figures = new ServiceTimeCalculator(libraries.calendar(library))
                    .figures(standard, List.of(moments));
            assertThat(figures.steps()).as("%s %s: %s", library.code(), standard.code(), moments.moments())
                    .allSatisfy(step -> assertThat(step.cases()).as("step %d", step.order()).isEqualTo(1));
            assertThat(figures.completedCases()).isEqualTo(1);
            assertThat(figures.steps()).extracting(StepFigures::order).hasSize(standard.steps().size());
        }
    }
}
