package id.serambi.servicetimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * The service-time figures of a fixed set of Jawa Tengah card cases, worked out by hand from the standard (steps of
 * 10 s, 5 min unticked, 5 min, 1 min, 2 min, 30 s, 10 s; 14 minutes in all) before cases had their own module: the
 * same answer, step by step, from the same steps. Case B is revised twice and checked a third time after its card was
 * printed; only each step's first moment counts.
 */
@IntegrationTest
class ServiceTimeFiguresIT {

    /** A day no other test records cases on. */
    static final LocalDate DAY = LocalDate.of(2024, 6, 11);
    static final Instant T = DAY.atTime(9, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant();

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
    void theFiguresOfAFixedSetOfCasesAreTheOnesWorkedOutByHand() {
        LibraryId jateng = libraries.require("jateng").id();
        String suffix = UUID.randomUUID().toString();
        String a = "fig-a-" + suffix;
        String b = "fig-b-" + suffix;
        String c = "fig-c-" + suffix;
        record(jateng, a, Checkpoint.REQUIREMENTS_CHECKED, 0);
        record(jateng, a, Checkpoint.FORM_FILLED, 600);
        record(jateng, a, Checkpoint.DATA_VERIFIED, 660);
        record(jateng, a, Checkpoint.PHOTO_TAKEN, 700);
        record(jateng, a, Checkpoint.CARD_PRINTED, 720);
        record(jateng, b, Checkpoint.REQUIREMENTS_CHECKED, 0);
        record(jateng, b, Checkpoint.FORM_FILLED, 300);
        record(jateng, b, Checkpoint.DATA_VERIFIED, 400);
        record(jateng, b, Checkpoint.DATA_REVISED, 500);
        record(jateng, b, Checkpoint.DATA_VERIFIED, 800);
        record(jateng, b, Checkpoint.DATA_REVISED, 900);
        record(jateng, b, Checkpoint.PHOTO_TAKEN, 1000);
        record(jateng, b, Checkpoint.CARD_PRINTED, 1005);
        record(jateng, b, Checkpoint.DATA_VERIFIED, 1100);
        record(jateng, c, Checkpoint.FORM_FILLED, 0);
        record(jateng, c, Checkpoint.DATA_VERIFIED, 50);
        String kasi = StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.KASI);

        JsonNode kta = service(Api.on(port).as(kasi, TestUsers.PASSWORD)
                .get("/api/v1/libraries/jateng/service-times?from=" + DAY + "&to=" + DAY).json(), "kta");

        assertThat(kta.get("cases").asInt()).isEqualTo(3);
        assertThat(kta.get("completedCases").asInt()).isEqualTo(3);
        assertThat(kta.get("medianSeconds").asLong()).isEqualTo(720);
        assertThat(kta.get("p90Seconds").asLong()).isEqualTo(1005);
        assertThat(kta.get("withinCompletionPercent").asDouble()).isEqualTo(66.7);
        assertThat(breaches(kta)).containsExactly(b + " 1005/840");
        assertThat(steps(kta, a, b, c)).containsExactly(
                "1 cases=0 median=null p90=null within=null breaches=[]",
                "2 cases=0 median=null p90=null within=null breaches=[]",
                "3 cases=2 median=450 p90=600 within=100.0 breaches=[]",
                "4 cases=3 median=60 p90=100 within=66.7 breaches=[B 100/60]",
                "5 cases=1 median=100 p90=100 within=100.0 breaches=[]",
                "6 cases=2 median=270 p90=500 within=50.0 breaches=[B 500/30]",
                "7 cases=2 median=13 p90=20 within=50.0 breaches=[A 20/10]");
    }

    private static JsonNode service(JsonNode report, String code) {
        for (JsonNode service : report.get("services")) {
            if (code.equals(service.get("code").asString())) {
                return service;
            }
        }
        throw new AssertionError("no " + code + " in " + report);
    }

    private static List<String> breaches(JsonNode figures) {
        List<String> breaches = new ArrayList<>();
        figures.get("breaches").forEach(breach -> breaches.add(breach.get("caseRef").asString() + " "
                + breach.get("seconds").asLong() + "/" + breach.get("standardSeconds").asLong()));
        return breaches;
    }

    /** Each step as one line, cases named A, B and C. */
    private static List<String> steps(JsonNode kta, String a, String b, String c) {
        List<String> lines = new ArrayList<>();
        for (JsonNode step : kta.get("steps")) {
            lines.add(step.get("order").asInt() + " cases=" + step.get("cases").asInt()
                    + " median=" + text(step.get("medianSeconds"))
                    + " p90=" + text(step.get("p90Seconds")) + " within=" + text(step.get("withinStandardPercent"))
                    + " breaches=" + breaches(step).stream().map(line -> line.replace(a, "A").replace(b, "B")
                            .replace(c, "C")).toList().toString().replace(", ", ","));
        }
        return lines;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "null" : value.asString();
    }

    private void record(LibraryId library, String member, Checkpoint checkpoint, long secondsAfterNine) {
        transaction.executeWithoutResult(s -> events.publishEvent(new StepReached(library, SubjectKind.MEMBER,
                member, "DESK", checkpoint, T.plusSeconds(secondsAfterNine), null)));
    }
}
