package id.serambi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.serambi.support.TestUsers;

/**
 * The public write limit at its real value (20 a minute), over HTTP, in a context of its own (every other integration
 * test runs with the limit lifted). Each test sends from its own client address, as a trusted proxy would name it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "serambi.db.ephemeral=true",
        "serambi.admin.username=" + TestUsers.ADMIN,
        "serambi.admin.password=" + TestUsers.PASSWORD,
        "serambi.rate-limit.public-per-minute=20",
        "serambi.rate-limit.login-per-minute=10" })
class PublicWriteLimitIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String COMPLAINT = "{\"channel\":\"WEBSITE\",\"text\":\"Lampu ruang baca mati\"}";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        String directory = Files.createTempDirectory(id.serambi.support.TestDataDirectory.root(), "limit-it-").toString();
        registry.add("serambi.data-dir", () -> directory);
    }

    @Test
    void aBearerHeaderDoesNotLiftThePublicLimit() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(complaint("203.0.113.21", "Bearer x").statusCode()).isEqualTo(201);
        }

        assertRefused(complaint("203.0.113.21", "Bearer x"));
    }

    /**
     * A wrong password signs nobody in, so it is limited at least as tightly as no header: refused with 429 within the
     * public allowance of 20 (the sign-in throttle, five failures of one name from one address, may refuse sooner),
     * and never stored.
     */
    @Test
    void aWrongBasicPasswordDoesNotLiftThePublicLimit() throws Exception {
        String wrong = basic("petugas-sidoarjo-tamu", "wrong-password");
        HttpResponse<String> response = complaint("203.0.113.22", wrong);
        int answered = 1;
        while (response.statusCode() == 401 && answered <= 20) {
            response = complaint("203.0.113.22", wrong);
            answered++;
        }

        assertThat(answered).as("requests until the first refusal").isLessThanOrEqualTo(21);
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.body()).contains("RATE_LIMITED");
        // a minute for the public allowance, 15 minutes when the sign-in throttle refused the name from this address
        assertThat(Integer.parseInt(response.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 900);
    }

    @Test
    void signedInStaffAreNotLimited() throws Exception {
        String admin = basic(TestUsers.ADMIN, TestUsers.PASSWORD);
        for (int i = 0; i < 25; i++) {
            assertThat(complaint("203.0.113.23", admin).statusCode()).isEqualTo(201);
        }
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(response.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
        assertThat(response.body()).contains("RATE_LIMITED");
    }

    private HttpResponse<String> complaint(String client, String authorization) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/libraries/sidoarjo/complaints"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", client)
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(COMPLAINT)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
