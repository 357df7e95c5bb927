package id.serambi.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.PageSession;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
class OnlineApplicantPagesIT {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    MembershipService membership;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void theApplicantCorrectsTheirDataThroughThePrivateLinkOnlyWhenAsked() throws Exception {
        Map<String, Object> application = MemberFixtures.anApplication(MemberFixtures.SIDOARJO_DISTRICT);
        Api.Response registered = Api.on(port).post("/api/v1/libraries/sidoarjo/registrations", application);
        String number = registered.json().get("memberNumber").asString();
        String link = registered.json().get("revisionUrl").asString();
        Api staff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.PETUGAS),
                TestUsers.PASSWORD);

        String before = get(link);
        staff.post("/api/v1/libraries/sidoarjo/members/" + number + "/verification",
                Map.of("decision", "REVISE", "note", "Alamat belum lengkap, tulis RT/RW"));
        String asked = get(link);
        int status = post(link, Map.of("fullName", (String) application.get("fullName"), "birthDate",
                (String) application.get("birthDate"), "sex", (String) application.get("sex"), "address",
                "Jl. Mawar 3 RT 01 RW 02, Sidoarjo", "phone", "081234567890", "category", "umum", "consent", "true"),
                csrf(asked));

        assertThat(before).contains(number).doesNotContain("name=\"address\"");
        assertThat(asked).contains("Alamat belum lengkap, tulis RT/RW").contains("name=\"address\"")
                .doesNotContain((String) application.get("nik")).doesNotContain("Siti Rahayu");
        assertThat(status).isEqualTo(302);
        MemberView corrected = membership.find(libraries.require("sidoarjo").id(), number).orElseThrow();
        assertThat(corrected.status()).isEqualTo(MemberStatus.PENDING_VERIFICATION);
        assertThat(corrected.address()).isEqualTo("Jl. Mawar 3 RT 01 RW 02, Sidoarjo");
        assertThat(statusOf("/l/sidoarjo/daftar/bukan-token-yang-sah")).isEqualTo(404);
    }

    @Test
    void aRefusedCorrectionShowsTheFormAgainWithoutTheStoredNikOrMothersName() {
        Map<String, Object> application = MemberFixtures.anApplication(MemberFixtures.SIDOARJO_DISTRICT);
        Api.Response registered = Api.on(port).post("/api/v1/libraries/sidoarjo/registrations", application);
        String number = registered.json().get("memberNumber").asString();
        String link = registered.json().get("revisionUrl").asString();
        String petugas = StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.PETUGAS);
        Api.on(port).as(petugas, TestUsers.PASSWORD).post("/api/v1/libraries/sidoarjo/members/" + number
                + "/verification", Map.of("decision", "REVISE", "note", "Alamat belum lengkap"));
        // NIK and mother's maiden name left empty (keep the stored ones), the e-mail address refused.
        Map<String, String> correction = Map.of("fullName", (String) application.get("fullName"), "birthDate",
                (String) application.get("birthDate"), "sex", (String) application.get("sex"), "address",
                "Jl. Mawar 3 RT 01 RW 02", "email", "bukan-alamat-surel", "category", "umum", "consent", "true");

        PageSession applicant = new PageSession(port);
        applicant.get(link);
        String applicantRefused = applicant.post(link, correction);
        PageSession desk = new PageSession(port);
        desk.get("/login");
        desk.post("/login", Map.of("username", petugas, "password", TestUsers.PASSWORD));
        desk.get("/app/sidoarjo/members/" + number + "/edit");
        String deskRefused = desk.post("/app/sidoarjo/members/" + number + "/edit", correction);

        org.assertj.core.api.SoftAssertions.assertSoftly(softly -> {
            for (String refused : java.util.List.of(applicantRefused, deskRefused)) {
                softly.assertThat(refused).contains("name=\"address\"").contains("bukan-alamat-surel")
                        .doesNotContain((String) application.get("nik")).doesNotContain("Siti Rahayu");
            }
        });
    }

    @Test
    void theOnlineFormTurnsAwayARobotThatFillsTheHiddenField() throws Exception {
        String name = MemberFixtures.aName();
        String form = get("/l/sidoarjo/daftar");
        java.time.LocalDate born = MemberFixtures.anAdultBirthDate();

        Map<String, String> fields = new java.util.HashMap<>(Map.of("fullName", name, "nik",
                MemberFixtures.nik(MemberFixtures.SIDOARJO_DISTRICT, born, false), "birthDate", born.toString(),
                "sex", "M", "address", "Jl. Mawar 1", "motherMaidenName", "Ibu Sri", "phone", "081234567890",
                "category", "umum", "consent", "true"));
        fields.put("homepage", "http://iklan.example");

        int robot = post("/l/sidoarjo/daftar", fields, csrf(form));
        long afterRobot = count(name);
        fields.remove("homepage");
        int person = post("/l/sidoarjo/daftar", fields, csrf(form));

        assertThat(robot).isEqualTo(200);
        assertThat(afterRobot).isZero();
        // A registration redirects to its result page (post/redirect/get), so that a reload cannot send it again
        assertThat(person).isEqualTo(302);
        assertThat(count(name)).isEqualTo(1);
    }

    private long count(String fullName) {
        return jdbc.sql("select count(*) from member where full_name = ?").param(fullName).query(Long.class).single();
    }

    private String get(String path) throws IOException, InterruptedException {
        return fetch(path).body();
    }

    private int statusOf(String path) throws IOException, InterruptedException {
        return fetch(path).statusCode();
    }

    private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int post(String path, Map<String, String> fields, String csrf) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("CSRF field on the page").isTrue();
        return matcher.group(1);
    }
}
