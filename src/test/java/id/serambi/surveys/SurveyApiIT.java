package id.serambi.surveys;

import static id.serambi.surveys.SurveyFixtures.aQuestionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SurveyApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void computesTheIndexOfTheSubmittedQuestionnairesAsTheHandCalculationDoes() {
        // Banyuwangi's internet service: only this test answers it, so the figures are the hand calculation's.
        for (List<Integer> answers : List.of(List.of(4, 4, 4, 4, 4, 4, 4, 4, 4), List.of(3, 3, 3, 4, 3, 3, 4, 2, 3),
                List.of(3, 2, 3, 4, 3, 4, 4, 2, 2), List.of(2, 3, 2, 4, 3, 3, 3, 1, 3))) {
            Api.Response created = Api.on(port).post("/api/v1/libraries/banyuwangi/surveys",
                    aQuestionnaire(internetService(), answers));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }

        JsonNode ikm = staff("banyuwangi").get("/api/v1/libraries/banyuwangi/ikm?service=" + internetService()).json();

        assertThat(ikm.get("respondents").asInt()).isEqualTo(4);
        assertThat(ikm.get("ikm").decimalValue()).isEqualByComparingTo("79.86");
        assertThat(ikm.get("grade").asString()).isEqualTo("B");
        assertThat(ikm.get("weight").asString()).isEqualTo("1/9");
        assertThat(ikm.get("ikmPrintedWeight").decimalValue()).isEqualByComparingTo("79.06");
        List<String> codes = new ArrayList<>();
        ikm.get("elements").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).containsExactly("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
        assertThat(ikm.get("elements").get(7).get("nrr").decimalValue()).isEqualByComparingTo("2.25");
    }

    @Test
    void refusesWrongQuestionnairesFieldByFieldAndStoresNothing() {
        long before = responses();
        String service = "kta";

        Api.Response tooFew = Api.on(port).post("/api/v1/libraries/lebak/surveys",
                aQuestionnaire(service, List.of(4, 4, 4)));
        Api.Response outOfRange = Api.on(port).post("/api/v1/libraries/lebak/surveys",
                aQuestionnaire(service, List.of(4, 4, 4, 5, 4, 4, 0, 4, 4)));
        Api.Response unknownService = Api.on(port).post("/api/v1/libraries/lebak/surveys",
                aQuestionnaire("perpanjangan-sim", List.of(4, 4, 4, 4, 4, 4, 4, 4, 4)));
        Map<String, Object> noSex = aQuestionnaire(service, List.of(4, 4, 4, 4, 4, 4, 4, 4, 4));
        noSex.remove("sex");
        Api.Response missingSex = Api.on(port).post("/api/v1/libraries/lebak/surveys", noSex);

        assertThat(tooFew.status()).isEqualTo(400);
        assertThat(fields(tooFew)).containsExactly("answers");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(fields(outOfRange)).containsExactly("answers[3]", "answers[6]");
        assertThat(unknownService.status()).isEqualTo(400);
        assertThat(fields(unknownService)).containsExactly("service");
        assertThat(missingSex.status()).isEqualTo(400);
        assertThat(fields(missingSex)).containsExactly("sex");
        assertThat(responses()).isEqualTo(before);
    }

    @Test
    void theIndexIsForTheLibrarysOwnStaff() {
        Api.Response anonymous = Api.on(port).get("/api/v1/libraries/lebak/ikm");
        Api.Response otherLibrary = staff("barut").get("/api/v1/libraries/lebak/ikm");
        Api.Response badPeriod = staff("lebak").get("/api/v1/libraries/lebak/ikm?from=2026-05-01&to=2026-04-01");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(otherLibrary.status()).isEqualTo(403);
        assertThat(badPeriod.status()).isEqualTo(400);
    }

    @Test
    void theIndexCoversAtMostThreeYearsOfDaysBothEndsCounted() {
        Api.Response longest = staff("lebak").get("/api/v1/libraries/lebak/ikm?from=2022-01-01&to=2025-01-02");
        Api.Response aDayMore = staff("lebak").get("/api/v1/libraries/lebak/ikm?from=2022-01-01&to=2025-01-03");

        assertThat(longest.status()).as("1098 days").isEqualTo(200);
        assertThat(aDayMore.status()).as("1099 days").isEqualTo(400);
        assertThat(aDayMore.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
    }

    @Test
    void servesAQrCodeToTheSurveyPage() {
        Api.Response qr = Api.on(port).get("/l/lebak/survei/qr.png?layanan=kta");

        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.contentType()).startsWith("image/png");
        assertThat(qr.bytes()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    private String internetService() {
        return libraries.standards(libraries.require("banyuwangi").id()).getFirst().code();
    }

    private Api staff(String library) {
        return Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, library, Role.PETUGAS),
                TestUsers.PASSWORD);
    }

    private long responses() {
        return jdbc.sql("select count(*) from survey_response").query(Long.class).single();
    }

    private static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
