package id.serambi.membership;

import static id.serambi.membership.MemberFixtures.fields;
import static id.serambi.membership.MemberFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** Staff correct a member's data through the API as the desk's correction page does. */
@IntegrationTest
class MemberCorrectionApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Test
    void staffCorrectAMemberSentBackForRevisionAndGetTheMemberBack() {
        Api desk = petugasOf("lebak");
        Map<String, Object> application = MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT);
        String number = desk.post("/api/v1/libraries/lebak/members", application).json().get("memberNumber")
                .asString();
        desk.post(member(number) + "/verification", Map.of("decision", "REVISE", "note", "Alamat kurang RT/RW"));

        Map<String, Object> corrected = with(with(application, "address", "Jl. Multatuli 7 RT 02 RW 03, Rangkasbitung"),
                "nik", "");
        Api.Response answer = desk.put(member(number), "application/json", json(corrected));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("member").get("memberNumber").asString()).isEqualTo(number);
        assertThat(body.get("member").get("address").asString())
                .isEqualTo("Jl. Multatuli 7 RT 02 RW 03, Rangkasbitung");
        assertThat(body.get("member").get("status").asString()).isEqualTo("PENDING_VERIFICATION");
        assertThat(body.get("member").get("nikMasked").asString()).doesNotContain((String) application.get("nik"));
        assertThat(body.get("history").valueStream().map(h -> h.get("action").asString()).toList())
                .containsSubsequence("REVISION_REQUESTED", "CORRECTED");
        assertThat(body.get("status").asString()).isEqualTo("PENDING_VERIFICATION");
        JsonNode read = desk.get(member(number)).json();
        assertThat(body.get("member")).isEqualTo(read.get("member"));
        assertThat(body.get("history")).isEqualTo(read.get("history"));
    }

    @Test
    void aRefusedCorrectionNamesEachFieldInBothLanguagesAndWritesNothing() {
        Api desk = petugasOf("lebak");
        Map<String, Object> application = MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT);
        String number = desk.post("/api/v1/libraries/lebak/members", application).json().get("memberNumber")
                .asString();
        JsonNode before = desk.get(member(number)).json();
        Map<String, Object> bad = with(with(with(application, "fullName", ""), "email", "bukan-alamat"),
                "address", "Jl. Baru 1");

        Api.Response indonesian = desk.put(member(number), "application/json", json(bad));
        Api.Response english = desk.in("en").put(member(number), "application/json", json(bad));

        assertThat(indonesian.status()).as(indonesian.text()).isEqualTo(400);
        assertThat(english.status()).isEqualTo(400);
        assertThat(indonesian.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(fields(indonesian.json())).contains("fullName", "email");
        assertThat(messages(indonesian.json())).contains("Wajib diisi.", "Alamat e-mail tidak sah.");
        assertThat(messages(english.json())).contains("Required.", "This e-mail address is not valid.");
        assertThat(desk.get(member(number)).json()).isEqualTo(before);
    }

    @Test
    void anUnknownNumberIsNotFoundAndAnotherLibrarysStaffAreRefused() {
        Map<String, Object> application = MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT);
        String number = petugasOf("lebak").post("/api/v1/libraries/lebak/members", application).json()
                .get("memberNumber").asString();

        Api.Response unknown = petugasOf("lebak").put(member("LEBAK-0000-999999"), "application/json",
                json(application));
        Api.Response stranger = petugasOf("jateng").put(member(number), "application/json",
                json(with(application, "address", "Semarang")));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(petugasOf("lebak").get(member(number)).json().get("member").get("address").asString())
                .isEqualTo(application.get("address"));
    }

    private Api petugasOf(String library) {
        return Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, library, Role.PETUGAS),
                TestUsers.PASSWORD);
    }

    static String member(String number) {
        return "/api/v1/libraries/lebak/members/" + number;
    }

    static byte[] json(Object body) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsBytes(body);
    }

    static List<String> messages(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("message").asString()).toList();
    }
}
