package id.serambi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** Disabling an account or resetting its password ends its open page sessions and remembered API sign-ins. */
@IntegrationTest
class SessionEndIT {

    private static final String MEMBERS = "/app/barut/members";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Test
    void disablingAnAccountEndsItsOpenSessionAtTheNextRequest() throws Exception {
        String desk = StaffFixtures.aStaffMember(accounts, libraries, "barut", Role.PETUGAS);
        HttpClient session = signedIn(desk);
        assertThat(get(session, MEMBERS).statusCode()).isEqualTo(200);
        assertThat(Api.on(port).as(desk, TestUsers.PASSWORD).get("/api/v1/libraries/barut/workstations").status())
                .isEqualTo(200);

        accounts.setEnabled(idOf(desk), false);

        assertSignedOut(session);
        assertThat(Api.on(port).as(desk, TestUsers.PASSWORD).get("/api/v1/libraries/barut/workstations").status())
                .isEqualTo(401);
    }

    @Test
    void resettingThePasswordEndsTheOpenSessionsMadeWithTheOldOne() throws Exception {
        String desk = StaffFixtures.aStaffMember(accounts, libraries, "barut", Role.PETUGAS);
        HttpClient session = signedIn(desk);
        assertThat(get(session, MEMBERS).statusCode()).isEqualTo(200);

        accounts.resetPassword(idOf(desk), "burung merak terbang tinggi");

        assertSignedOut(session);
        HttpClient again = signedIn(desk, "burung merak terbang tinggi");
        assertThat(get(again, MEMBERS).statusCode()).as("a new session with the new password").isEqualTo(200);
    }

    @Test
    void theAdministratorUnlocksOnTheStaffPageAndThePageSaysWhoAndWhen() throws Exception {
        String desk = StaffFixtures.aStaffMember(accounts, libraries, "barut", Role.PETUGAS);
        HttpClient admin = signedIn(TestUsers.ADMIN);
        Matcher token = CSRF.matcher(get(admin, "/admin/staff?library=barut").body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> unlocked = admin.send(HttpRequest.newBuilder(uri("/admin/staff/" + idOf(desk) + "/unlock"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(unlocked.statusCode()).isEqualTo(302);
        assertThat(accounts.get(idOf(desk)).unlockedBy()).isEqualTo(TestUsers.ADMIN);
        HttpResponse<String> page = get(admin, "/admin/staff?library=barut");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kuncinya dibuka oleh " + TestUsers.ADMIN + " pada ");
    }

    private void assertSignedOut(HttpClient session) throws Exception {
        HttpResponse<String> next = get(session, MEMBERS);
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(get(session, "/app").statusCode()).as("still signed out").isEqualTo(302);
    }

    private long idOf(String username) {
        return accounts.staffOf(libraries.require("barut").id()).stream()
                .filter(account -> account.username().equals(username)).findFirst().orElseThrow().id();
    }

    private HttpClient signedIn(String username) throws Exception {
        return signedIn(username, TestUsers.PASSWORD);
    }

    private HttpClient signedIn(String username, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher token = CSRF.matcher(get(http, "/login").body());
        assertThat(token.find()).as("csrf token on the sign-in page").isTrue();
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + token.group(1);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Location").orElse("")).as("signed in").doesNotContain("error");
        return http;
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
