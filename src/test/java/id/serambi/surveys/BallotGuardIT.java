package id.serambi.surveys;

import static id.serambi.surveys.SurveyFixtures.aQuestionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
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
import tools.jackson.databind.json.JsonMapper;

/** Ballot stuffing within the rate limit: flagged, held out of the IKM, decided on by a KABID with a logged reason. */
@IntegrationTest
class BallotGuardIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBurstOfAllOnesFromOneAddressIsHeldOutOfTheIndexUntilAKabidDecides() throws Exception {
        String service = service("sidoarjo");
        String lib = "sidoarjo";
        Api petugas = staff("sidoarjo", Role.PETUGAS);
        Api kabid = staff("sidoarjo", Role.KABID);
        JsonNode before = ikm(petugas, lib, service);

        assertThat(submit("sidoarjo", service, Collections.nCopies(9, 3), "198.51.100.7")).isEqualTo(201);
        for (int i = 0; i < 12; i++) {
            assertThat(submit("sidoarjo", service, Collections.nCopies(9, 1), "198.51.100.66")).isEqualTo(201);
        }
        JsonNode after = ikm(petugas, lib, service);
        List<Long> flagged = new ArrayList<>();
        for (JsonNode r : petugas.get("/api/v1/libraries/sidoarjo/surveys/flagged").json()) {
            if (r.get("review").isNull() && r.get("answers").get(0).asInt() == 1) {
                flagged.add(r.get("id").asLong());
            }
        }

        assertThat(after.get("respondents").asInt()).isEqualTo(before.get("respondents").asInt() + 1);
        assertThat(after.get("heldOut").get("awaitingReview").asInt())
                .isEqualTo(before.get("heldOut").get("awaitingReview").asInt() + 12);
        assertThat(flagged).hasSizeGreaterThanOrEqualTo(12);

        Api.Response byPetugas = petugas.post(review(flagged.get(0)), Map.of("decision", "EXCLUDE", "reason", "x"));
        Api.Response noReason = kabid.post(review(flagged.get(0)), Map.of("decision", "EXCLUDE", "reason", " "));
        Api.Response unknown = kabid.post(review(Long.MAX_VALUE), Map.of("decision", "EXCLUDE", "reason", "x"));
        Api.Response excluded = kabid.post(review(flagged.get(0)),
                Map.of("decision", "EXCLUDE", "reason", "12 kuesioner semua 1 dalam dua menit dari satu alamat"));
        Api.Response included = kabid.in("en").post(review(flagged.get(1)),
                Map.of("decision", "INCLUDE", "reason", "Checked with the desk: a real visitor"));

        assertThat(byPetugas.status()).isEqualTo(403);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(excluded.status()).as(excluded.toString()).isEqualTo(200);
        assertThat(included.status()).isEqualTo(200);
        JsonNode reviewed = ikm(petugas, lib, service);
        assertThat(reviewed.get("respondents").asInt()).isEqualTo(before.get("respondents").asInt() + 2);
        assertThat(reviewed.get("heldOut").get("excluded").asInt())
                .isEqualTo(before.get("heldOut").get("excluded").asInt() + 1);
        JsonNode entry = find(petugas.get("/api/v1/libraries/sidoarjo/surveys/flagged").json(), flagged.get(0));
        assertThat(entry.get("review").asString()).isEqualTo("EXCLUDED");
        assertThat(entry.get("reviewedBy").asString()).contains("-kabid-");
        assertThat(entry.get("reviewedAt").isNull()).isFalse();
        assertThat(entry.get("reason").asString()).contains("semua 1");
        assertThat(jdbc.sql("select count(*) from survey_review where response_id in (?, ?)")
                .params(flagged.get(0), flagged.get(1)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void identicalAllFoursFromManyAddressesAreFlaggedToo() throws Exception {
        String service = service("jateng");
        String lib = "jateng";
        Api petugas = staff("jateng", Role.PETUGAS);
        JsonNode before = ikm(petugas, lib, service);

        for (int i = 0; i < 6; i++) {
            assertThat(submit("jateng", service, Collections.nCopies(9, 4), "192.0.2." + (10 + i))).isEqualTo(201);
        }

        JsonNode after = ikm(petugas, lib, service);
        assertThat(after.get("respondents").asInt()).isEqualTo(before.get("respondents").asInt());
        assertThat(after.get("heldOut").get("awaitingReview").asInt())
                .isEqualTo(before.get("heldOut").get("awaitingReview").asInt() + 6);
    }

    private int submit(String library, String service, List<Integer> answers, String client) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/libraries/"
                + library + "/surveys")).header("Content-Type", "application/json").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(aQuestionnaire(service, answers))))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode r : list) {
            if (r.get("id").asLong() == id) {
                return r;
            }
        }
        throw new AssertionError("no questionnaire " + id + " in " + list);
    }

    private static String review(long id) {
        return "/api/v1/libraries/sidoarjo/surveys/" + id + "/review";
    }

    private static JsonNode ikm(Api staff, String library, String service) {
        Api.Response ikm = staff.get("/api/v1/libraries/" + library + "/ikm?service=" + service);
        assertThat(ikm.status()).as(ikm.toString()).isEqualTo(200);
        return ikm.json();
    }

    private String service(String library) {
        // The library's last service: the other tests answer the first ones.
        return libraries.standards(libraries.require(library).id()).getLast().code();
    }

    private Api staff(String library, Role role) {
        return Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, library, role), TestUsers.PASSWORD);
    }
}
