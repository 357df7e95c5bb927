package id.serambi.servicetimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.accounts.AccountService;
import id.serambi.cases.StepReached;
import id.serambi.cases.SubjectKind;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ServiceTimesApiIT {

    /** A day no other test records cases on, so that the figures are this test's own. */
    static final LocalDate DAY = LocalDate.of(2025, 3, 4);

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

    @Test
    void comparesJawaTengahsRealStepTimesWithItsStandard() {
        LibraryId jateng = libraries.require("jateng").id();
        Instant start = DAY.atTime(9, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant();
        String fast = "jt-" + UUID.randomUUID();
        String slow = "jt-" + UUID.randomUUID();
        record(jateng, fast, Checkpoint.FORM_FILLED, start);
        record(jateng, fast, Checkpoint.DATA_VERIFIED, start.plusSeconds(50));
        record(jateng, slow, Checkpoint.FORM_FILLED, start);
        record(jateng, slow, Checkpoint.DATA_VERIFIED, start.plusSeconds(130));
        String kasi = StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.KASI);

        Eventually.holds(() -> assertThat(crossCheck(kasi).get("cases").asInt()).isEqualTo(2));
        JsonNode step = crossCheck(kasi);

        assertThat(step.get("standardSeconds").asInt()).isEqualTo(60);
        assertThat(step.get("medianSeconds").asInt()).isEqualTo(90);
        assertThat(step.get("p90Seconds").asInt()).isEqualTo(130);
        assertThat(step.get("withinStandardPercent").asDouble()).isEqualTo(50.0);
        assertThat(step.get("breaches").get(0).get("caseRef").asString()).isEqualTo(slow);
    }

    @Test
    void staffTickAStepThatHappensOutsideSerambiOnce() {
        String petugas = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        String caseRef = "tick-" + UUID.randomUUID();
        Api api = Api.on(port).as(petugas, TestUsers.PASSWORD);

        Api.Response first = api.post("/api/v1/libraries/lebak/service-steps",
                Map.of("service", "kta", "caseRef", caseRef, "step", 2));
        Api.Response again = api.post("/api/v1/libraries/lebak/service-steps",
                Map.of("service", "kta", "caseRef", caseRef, "step", 2));
        Api.Response unknownStep = api.post("/api/v1/libraries/lebak/service-steps",
                Map.of("service", "kta", "caseRef", caseRef, "step", 42));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().get("reachedAt").asString()).isEqualTo(first.json().get("reachedAt").asString());
        assertThat(unknownStep.status()).isEqualTo(400);
        assertThat(unknownStep.json().get("errors").get(0).get("field").asString()).isEqualTo("step");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsAndOtherLibrariesStaff() {
        String petugas = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        Api api = Api.on(port).as(petugas, TestUsers.PASSWORD);

        Api.Response backwards = api.in("en").get("/api/v1/libraries/lebak/service-times?from=2026-02-01&to=2026-01-01");
        Api.Response badDate = api.get("/api/v1/libraries/lebak/service-times?from=kemarin&to=2026-01-01");
        Api.Response other = api.get("/api/v1/libraries/barut/service-times?from=2026-01-01&to=2026-01-31");
        Api.Response anonymous = Api.on(port).get("/api/v1/libraries/lebak/service-times?from=2026-01-01&to=2026-01-31");

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("message").asString()).contains("end date");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(other.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void aPeriodIsAtMostTheDaysItsMessageSaysBothEndsCounted() {
        Api api = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD).in("en");

        Api.Response year = api.get("/api/v1/libraries/lebak/service-times?from=2024-01-01&to=2024-12-31");
        Api.Response yearAndADay = api.get("/api/v1/libraries/lebak/service-times?from=2024-01-01&to=2025-01-01");

        assertThat(year.status()).as("366 days").isEqualTo(200);
        assertThat(yearAndADay.status()).as("367 days").isEqualTo(400);
        assertThat(yearAndADay.json().get("errors").get(0).get("message").asString())
                .isEqualTo("The period may be at most 366 days.");
    }

    private JsonNode crossCheck(String username) {
        JsonNode report = Api.on(port).as(username, TestUsers.PASSWORD)
                .get("/api/v1/libraries/jateng/service-times?from=" + DAY + "&to=" + DAY).json();
        for (JsonNode service : report.get("services")) {
            if ("kta".equals(service.get("code").asString())) {
                for (JsonNode step : service.get("steps")) {
                    if ("DATA_VERIFIED".equals(checkpointOf(step))) {
                        return step;
                    }
                }
            }
        }
        throw new AssertionError("no cross-check step in " + report);
    }

    /**
     * The step by the Jawa Tengah document's own wording of its cross-check, not by its position: the figures land
     * there only when the seed maps DATA_VERIFIED to that step.
     */
    private static String checkpointOf(JsonNode step) {
        return "Kros Cek Data Calon Anggota ke Data Base".equals(step.get("description").asString())
                ? "DATA_VERIFIED" : "";
    }

    private void record(LibraryId library, String caseRef, Checkpoint checkpoint, Instant at) {
        transaction.executeWithoutResult(s -> events.publishEvent(
                new StepReached(library, SubjectKind.MEMBER, caseRef, "DESK", checkpoint, at, null)));
    }
}
