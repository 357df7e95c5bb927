package id.serambi.libraries;

import static id.serambi.libraries.StandardFixtures.put;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CalendarApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Test
    void aKabidAddsAndRemovesAHolidayOfAYear() {
        String kabid = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KABID);
        Api api = Api.on(port).as(kabid, TestUsers.PASSWORD);
        LocalDate day = LocalDate.of(2031, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(1, 360));

        Api.Response added = api.post("/api/v1/libraries/lebak/holidays",
                Map.of("date", day.toString(), "name", "Hari jadi Kabupaten Lebak"));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("date").asString()).isEqualTo(day.toString());
        assertThat(holidays("lebak", 2031).toString()).contains(day.toString()).contains("Hari jadi");
        assertThat(StandardFixtures.delete(port, kabid, "/api/v1/libraries/lebak/holidays/" + day)).isEqualTo(204);
        assertThat(holidays("lebak", 2031).toString()).doesNotContain(day.toString());
        assertThat(StandardFixtures.delete(port, kabid, "/api/v1/libraries/lebak/holidays/" + day)).isEqualTo(404);
    }

    @Test
    void theSeededNationalHolidaysArePublic() {
        assertThat(holidays("barut", 2026).toString()).contains("2026-08-17");
    }

    @Test
    void aHolidayNeedsAValidDateAndANameAndAKabid() {
        String petugas = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);

        Api.Response refused = Api.on(port).asAdmin().in("en").post("/api/v1/libraries/lebak/holidays",
                Map.of("date", "2031-02-30", "name", ""));
        Api.Response forbidden = Api.on(port).as(petugas, TestUsers.PASSWORD)
                .post("/api/v1/libraries/lebak/holidays", Map.of("date", "2031-03-03", "name", "Libur"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").toString()).contains("\"date\"").contains("\"name\"")
                .contains("YYYY-MM-DD");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(StandardFixtures.delete(port, petugas, "/api/v1/libraries/lebak/holidays/2026-08-17"))
                .isEqualTo(403);
    }

    @Test
    void hoursThatCloseBeforeTheyOpenAreRefusedAndNothingChanges() {
        JsonNode before = Api.on(port).get("/api/v1/libraries/lebak/service-hours").json();
        Map<String, Object> hours = closedWeek();
        hours.put("MONDAY", Map.of("open", "08:00", "close", "16:00"));
        hours.put("TUESDAY", Map.of("open", "15:00", "close", "07:30"));

        Api.Response refused = put(Api.on(port).asAdmin(), "/api/v1/libraries/lebak/service-hours", hours);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("TUESDAY.close");
        assertThat(Api.on(port).get("/api/v1/libraries/lebak/service-hours").json()).isEqualTo(before);
    }

    @Test
    void aKabidReplacesTheWeeklyHours() {
        JsonNode before = Api.on(port).get("/api/v1/libraries/barut/service-hours").json();
        String kabid = StaffFixtures.aStaffMember(accounts, libraries, "barut", Role.KABID);
        Map<String, Object> hours = closedWeek();
        hours.put("MONDAY", Map.of("open", "07.30", "close", "15:00"));
        try {
            Api.Response saved = put(Api.on(port).as(kabid, TestUsers.PASSWORD),
                    "/api/v1/libraries/barut/service-hours", hours);

            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            assertThat(saved.json().get("MONDAY").get("open").asString()).isEqualTo("07:30");
            assertThat(saved.json().get("TUESDAY").isNull()).isTrue();
        } finally {
            assertThat(put(Api.on(port).asAdmin(), "/api/v1/libraries/barut/service-hours", before).status())
                    .isEqualTo(200);
        }
        assertThat(Api.on(port).get("/api/v1/libraries/barut/service-hours").json()).isEqualTo(before);
    }

    @Test
    void anEmptyRequestDoesNotCloseTheLibrary() {
        JsonNode before = Api.on(port).get("/api/v1/libraries/lebak/service-hours").json();

        Api.Response refused = put(Api.on(port).asAdmin(), "/api/v1/libraries/lebak/service-hours", Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).hasSize(7);
        assertThat(Api.on(port).get("/api/v1/libraries/lebak/service-hours").json()).isEqualTo(before);
    }

    private static Map<String, Object> closedWeek() {
        Map<String, Object> days = new LinkedHashMap<>();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            days.put(day.name(), null);
        }
        return days;
    }

    private JsonNode holidays(String library, int year) {
        Api.Response response = Api.on(port).get("/api/v1/libraries/" + library + "/holidays?year=" + year);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }
}
