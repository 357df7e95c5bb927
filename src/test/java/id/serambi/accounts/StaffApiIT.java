package id.serambi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class StaffApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Test
    void administratorOpensAStaffAccountThatCanSignIn() {
        String username = "petugas-baru-" + System.nanoTime() % 100000;
        Api.Response created = Api.on(port).asAdmin().post("/api/v1/libraries/lebak/staff", Map.of(
                "username", username, "password", "kata-sandi-kuat-1", "fullName", "Siti Aminah",
                "roles", List.of("PETUGAS")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/v1/libraries/lebak/staff/");
        assertThat(created.json().get("roles").toString()).contains("PETUGAS");
        assertThat(Api.on(port).as(username, "kata-sandi-kuat-1").get("/api/v1/libraries/lebak/staff").status())
                .as("a PETUGAS may not list staff").isEqualTo(403);
    }

    @Test
    void refusesBadInputFieldByFieldInTheUsersLanguage() {
        Map<String, Object> bad = Map.of("username", "X", "password", "short", "fullName", " ", "roles", List.of());

        Api.Response indonesian = Api.on(port).asAdmin().post("/api/v1/libraries/lebak/staff", bad);
        Api.Response english = Api.on(port).asAdmin().in("en").post("/api/v1/libraries/lebak/staff", bad);

        assertThat(indonesian.status()).isEqualTo(400);
        assertThat(indonesian.contentType()).startsWith("application/problem+json");
        assertThat(indonesian.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(fields(indonesian.json())).contains("username", "password", "fullName", "roles");
        assertThat(english.json().get("errors").get(0).get("message").asString())
                .isNotEqualTo(indonesian.json().get("errors").get(0).get("message").asString());
    }

    @Test
    void refusesWeakPasswordsOnThePasswordFieldInBothLanguages() {
        for (String weak : List.of("1234567890", "aaaaaaaaaa", "password12", "qwertyuiop", "          ",
                "perpustakaan-lebak-1")) {
            Map<String, Object> request = Map.of("username", "lemah-" + System.nanoTime() % 100000, "password", weak,
                    "fullName", "Siti Aminah", "roles", List.of("PETUGAS"));

            Api.Response indonesian = Api.on(port).asAdmin().post("/api/v1/libraries/lebak/staff", request);
            Api.Response english = Api.on(port).asAdmin().in("en").post("/api/v1/libraries/lebak/staff", request);

            assertThat(indonesian.status()).as(weak).isEqualTo(400);
            assertThat(fields(indonesian.json())).as(weak).containsExactly("password");
            assertThat(indonesian.json().get("errors").get(0).get("message").asString()).as(weak)
                    .contains("Kata sandi");
            assertThat(english.json().get("errors").get(0).get("message").asString()).as(weak)
                    .contains("password");
        }
    }

    @Test
    void refusesATakenUsernameWithConflict() {
        String username = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);

        Api.Response again = Api.on(port).asAdmin().post("/api/v1/libraries/lebak/staff", Map.of(
                "username", username, "password", "kata-sandi-kuat-1", "fullName", "Dua Kali",
                "roles", List.of("PETUGAS")));

        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void answersMalformedJsonWithAProblemNotAServerError() {
        Api.Response response = Api.on(port).asAdmin().post("/api/v1/libraries/lebak/staff", "{\"username\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void asksForCredentialsWithoutThem() {
        Api.Response response = Api.on(port).get("/api/v1/libraries/lebak/staff");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void refusesWrongPassword() {
        assertThat(Api.on(port).as(TestUsers.ADMIN, "salah-sekali").get("/api/v1/libraries/lebak/staff").status())
                .isEqualTo(401);
    }

    @Test
    void keepsStaffOfOneLibraryOutOfAnother() {
        String head = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KEPALA);

        Api.Response own = Api.on(port).as(head, TestUsers.PASSWORD).get("/api/v1/libraries/lebak/staff");
        Api.Response other = Api.on(port).as(head, TestUsers.PASSWORD).get("/api/v1/libraries/jateng/staff");
        Api.Response missing = Api.on(port).as(head, TestUsers.PASSWORD).get("/api/v1/libraries/atlantis/staff");

        assertThat(own.status()).isEqualTo(200);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("code").asString()).isEqualTo("FORBIDDEN_LIBRARY");
        assertThat(other.text()).doesNotContain(head);
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void onlyTheAdministratorOpensAccounts() {
        String head = StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.KEPALA);

        Api.Response response = Api.on(port).as(head, TestUsers.PASSWORD).post("/api/v1/libraries/jateng/staff",
                Map.of("username", "tidak-boleh", "password", "kata-sandi-kuat-1", "fullName", "X",
                        "roles", List.of("PETUGAS")));

        assertThat(response.status()).isEqualTo(403);
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
