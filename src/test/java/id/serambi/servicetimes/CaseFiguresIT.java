package id.serambi.servicetimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.PageSession;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * The figures from queue tickets of a fixed set of Lebak card cases on one day, worked out by hand:
 * <pre>
 * ticket  arrived  called  waited  steps ticked by   hour
 * 1       08:50    09:00   600 s   X                 8
 * 2       09:10    09:12   120 s   X                 9
 * 3       10:30    10:31    60 s   X (1), Y (2)      10
 * 4       10:40    -        -      -                 10
 * </pre>
 * Waiting: 3 called tickets, median 120 s, p90 (nearest rank 3 of 3) 600 s. Cases per staff: X 3, Y 1 (ticket 3
 * counts for both). Cases per hour: 08:00 1, 09:00 1, 10:00 2.
 */
@IntegrationTest
class CaseFiguresIT {

    /** A day no other test records Lebak cases on. */
    static final LocalDate DAY = LocalDate.of(2024, 3, 12);
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final String LEBAK = "/api/v1/libraries/lebak";

    @LocalServerPort
    int port;

    @Autowired
    LibraryService libraries;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void waitingTimesAndCasesPerStaffMemberAndHourAreTheOnesWorkedOutByHand() {
        String x = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        String y = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        Api asX = Api.on(port).as(x, TestUsers.PASSWORD);
        Api asY = Api.on(port).as(y, TestUsers.PASSWORD);
        ticket(asX, asX, null, "08:50", "09:00", "09:05", null);
        ticket(asX, asX, null, "09:10", "09:12", "09:20", null);
        ticket(asX, asX, asY, "10:30", "10:31", "10:35", "10:40");
        ticket(asX, null, null, "10:40", null, null, null);
        String kasi = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KASI);
        String period = "from=" + DAY + "&to=" + DAY;

        JsonNode report = Api.on(port).as(kasi, TestUsers.PASSWORD).get(LEBAK + "/service-times?" + period).json();

        JsonNode waiting = kta(report).get("waiting");
        assertThat(waiting.get("cases").asInt()).isEqualTo(3);
        assertThat(waiting.get("medianSeconds").asLong()).isEqualTo(120);
        assertThat(waiting.get("p90Seconds").asLong()).isEqualTo(600);
        assertThat(lines(report.get("casesByStaff"), "username", "cases")).containsExactly(x + " 3", y + " 1");
        assertThat(report.get("casesByStaff").get(0).get("fullName").asString()).isEqualTo("Petugas Uji " + x);
        assertThat(lines(report.get("casesByHour"), "hour", "cases")).containsExactly("8 1", "9 1", "10 2");

        PageSession session = signedIn(kasi);
        String page = session.get("/app/lebak/service-times?" + period);
        assertThat(page).contains("Waktu tunggu antrean (3 tiket dipanggil)", "Kasus per petugas",
                "Petugas Uji " + x + " (" + x + ")", "08:00", "10:00");
        assertThat(page).containsPattern("waiting-median\">2:00<").containsPattern("waiting-p90\">10:00<");
        assertThat(session.get("/app/lebak/dashboard.csv?table=queue-waiting&" + period))
                .contains("\"Tiket dipanggil\"", "\"3\",\"120\",\"600\"");
        assertThat(session.get("/app/lebak/dashboard.csv?table=cases-by-staff&" + period))
                .contains("\"Petugas Uji " + x + "\",\"" + x + "\",\"3\"", "\"" + y + "\",\"1\"");
        assertThat(session.get("/app/lebak/dashboard.csv?table=cases-by-hour&lang=en&" + period))
                .contains("\"Hour\",\"Cases\"", "\"08:00\",\"1\"", "\"09:00\",\"1\"", "\"10:00\",\"2\"");
        assertThat(session.get("/app/lebak/service-times?lang=en&" + period))
                .contains("Queue waiting time (3 tickets called)", "Cases per staff member", "Cases per hour");
    }

    /** Takes a ticket, ticks steps 1 and 2 as given, then moves its moments to the day at the given times. */
    private void ticket(Api opener, Api first, Api second, String arrived, String called, String step1,
            String step2) {
        Api.Response opened = opener.post(LEBAK + "/cases", Map.of("service", "kta"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        UUID caseId = UUID.fromString(opened.json().get("caseId").asString());
        if (first != null) {
            Api.Response ticked = first.post(LEBAK + "/cases/" + caseId + "/steps/1", Map.of());
            assertThat(ticked.status()).as(ticked.toString()).isEqualTo(200);
        }
        if (second != null) {
            Api.Response ticked = second.post(LEBAK + "/cases/" + caseId + "/steps/2", Map.of());
            assertThat(ticked.status()).as(ticked.toString()).isEqualTo(200);
        }
        jdbc.sql("update case_file set opened_at = ?, called_at = ?, last_called_at = ? where id = ?")
                .params(at(arrived), at(called), at(called), caseId).update();
        String firstEvent = "(select min(id) from case_event where case_id = ?)";
        jdbc.sql("update case_event set reached_at = ? where case_id = ? and id = " + firstEvent)
                .params(at(step1), caseId, caseId).update();
        jdbc.sql("update case_event set reached_at = ? where case_id = ? and id > " + firstEvent)
                .params(at(step2), caseId, caseId).update();
    }

    private static Timestamp at(String time) {
        return time == null ? null : Timestamp.from(DAY.atTime(LocalTime.parse(time)).atZone(WIB)
                .toInstant());
    }

    private static JsonNode kta(JsonNode report) {
        for (JsonNode service : report.get("services")) {
            if ("kta".equals(service.get("code").asString())) {
                return service;
            }
        }
        throw new AssertionError("no kta in " + report);
    }

    private static List<String> lines(JsonNode rows, String key, String count) {
        List<String> lines = new ArrayList<>();
        rows.forEach(row -> lines.add(row.get(key).asString() + " " + row.get(count).asInt()));
        return lines;
    }

    private PageSession signedIn(String username) {
        PageSession session = new PageSession(port);
        session.get("/login");
        session.post("/login", Map.of("username", username, "password", TestUsers.PASSWORD));
        return session;
    }
}
