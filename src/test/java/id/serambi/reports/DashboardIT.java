package id.serambi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.frontoffice.NewVisit;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class DashboardIT {

    /** Days no other test records visits on. */
    static final LocalDate MONDAY = LocalDate.of(2024, 7, 1);

    @LocalServerPort
    int port;

    @Autowired
    FrontOfficeService frontOffice;

    @Autowired
    LibraryService libraries;

    @Autowired
    AccountService accounts;

    @Test
    void countsPeopleAsTheHandCountSaysAndExportsTheSameNumbers() {
        Library banyuwangi = libraries.require("banyuwangi");
        ZoneId zone = banyuwangi.timezone();
        frontOffice.recordVisitAt(banyuwangi, nonMember("Ani"), MONDAY.atTime(9, 0).atZone(zone).toInstant());
        frontOffice.recordVisitAt(banyuwangi, nonMember("Budi"), MONDAY.atTime(10, 0).atZone(zone).toInstant());
        frontOffice.recordVisitAt(banyuwangi, group(12), MONDAY.plusDays(1).atTime(8, 0).atZone(zone).toInstant());
        String kasi = StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.KASI);
        Api api = Api.on(port).as(kasi, TestUsers.PASSWORD);

        JsonNode figures = api.get("/api/v1/libraries/banyuwangi/dashboard?from=2024-07-01&to=2024-07-02").json();

        // Hand count: 2 non-members on Monday, a group of 12 on Tuesday.
        assertThat(figures.get("visits").get("total").asLong()).isEqualTo(14);
        assertThat(figures.get("visits").get("byDay").get(0).get("people").asLong()).isEqualTo(2);
        assertThat(figures.get("visits").get("byDay").get(1).get("people").asLong()).isEqualTo(12);
        assertThat(figures.get("visits").get("byType").get("GROUP").asLong()).isEqualTo(12);
        assertThat(figures.get("ikmTrend")).hasSize(6);

        Api.Response csv = api.get("/app/banyuwangi/dashboard.csv?table=visits-by-day&from=2024-07-01&to=2024-07-02");
        assertThat(csv.status()).as("pages need a session, not HTTP Basic").isIn(302, 401);

        // The export, downloaded as the signed-in staff member would, says the same as the API for the same period.
        HttpClient session = signedIn(kasi);
        String period = "&from=2024-07-01&to=2024-07-02";
        List<List<String>> byDay = csv(session, "/app/banyuwangi/dashboard.csv?table=visits-by-day" + period);
        assertThat(byDay.subList(1, byDay.size())).containsExactly(
                List.of("2024-07-01", figures.get("visits").get("byDay").get(0).get("people").asString()),
                List.of("2024-07-02", figures.get("visits").get("byDay").get(1).get("people").asString()));
        List<List<String>> byType = csv(session, "/app/banyuwangi/dashboard.csv?table=visits-by-type" + period);
        assertThat(byType.subList(1, byType.size()).stream().mapToLong(row -> Long.parseLong(row.get(1))).sum())
                .isEqualTo(figures.get("visits").get("total").asLong());
        assertThat(byType.subList(1, byType.size()).stream().map(row -> row.get(1)).toList())
                .containsExactlyInAnyOrder(figures.get("visits").get("byType").valueStream()
                        .map(JsonNode::asString).toArray(String[]::new));
    }

    @Test
    void countsTheCardsPrintedInThePeriodAndExportsTheSameCount() {
        String kasi = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KASI);
        Api api = Api.on(port).as(kasi, TestUsers.PASSWORD);
        String today = LocalDate.now(libraries.require("lebak").timezone()).toString();
        String period = "from=" + today + "&to=" + today;
        long before = api.get("/api/v1/libraries/lebak/dashboard?" + period).json().get("cards").get("printed")
                .asLong();

        // Three cards: a batch of two, then one of them printed again (reprints count).
        String first = approvedMember(api, "lebak");
        String second = approvedMember(api, "lebak");
        Api.Response batch = api.post("/api/v1/libraries/lebak/cards/batch",
                Map.of("memberNumbers", List.of(first, second)));
        assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        Api.Response reprint = api.get("/api/v1/libraries/lebak/members/" + first + "/card.pdf");
        assertThat(reprint.status()).as(reprint.toString()).isEqualTo(200);

        long printed = api.get("/api/v1/libraries/lebak/dashboard?" + period).json().get("cards").get("printed")
                .asLong();
        assertThat(printed).isEqualTo(before + 3);
        List<List<String>> cards = csv(signedIn(kasi), "/app/lebak/dashboard.csv?table=cards&" + period);
        assertThat(cards.get(1).get(1)).as("the export's printed cards").isEqualTo(String.valueOf(printed));
    }

    @Test
    void countsTodaysNewMembersByCategory() {
        String kasi = StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.KASI);
        Api api = Api.on(port).as(kasi, TestUsers.PASSWORD);
        String today = LocalDate.now(libraries.require("banyuwangi").timezone()).toString();
        String period = "/api/v1/libraries/banyuwangi/dashboard?from=" + today + "&to=" + today;
        long before = api.get(period).json().get("newMembersByCategory").path("umum").asLong(0);

        Api.Response registered = api.post("/api/v1/libraries/banyuwangi/members",
                id.serambi.membership.MemberFixtures.anApplication(id.serambi.membership.MemberFixtures.LEBAK_DISTRICT));

        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        JsonNode after = api.get(period).json();
        assertThat(after.get("newMembersByCategory").get("umum").asLong()).isEqualTo(before + 1);
    }

    @Test
    void refusesABackwardsPeriodAndOtherLibraries() {
        String petugas = StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.PETUGAS);
        Api api = Api.on(port).as(petugas, TestUsers.PASSWORD);

        assertThat(api.get("/api/v1/libraries/banyuwangi/dashboard?from=2024-07-02&to=2024-07-01").status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/libraries/lebak/dashboard?from=2024-07-01&to=2024-07-02").status())
                .isEqualTo(403);
    }

    private static String approvedMember(Api staff, String library) {
        Api.Response created = staff.post("/api/v1/libraries/" + library + "/members",
                id.serambi.membership.MemberFixtures.anApplication(id.serambi.membership.MemberFixtures.LEBAK_DISTRICT));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().get("memberNumber").asString();
        Api.Response approved = staff.post("/api/v1/libraries/" + library + "/members/" + number + "/verification",
                Map.of("decision", "APPROVE", "note", "lengkap"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        return number;
    }

    /** A browser-like client signed in through the login form, keeping the session cookie. */
    private HttpClient signedIn(String username) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = send(client, HttpRequest.newBuilder(url("/login")).GET().build()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(TestUsers.PASSWORD) + "&_csrf="
                + enc(csrf.group(1));
        HttpResponse<String> signedIn = send(client, HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).as("signed in").doesNotContain("error");
        return client;
    }

    /** A CSV export's rows (the header first), without the byte-order mark. */
    private List<List<String>> csv(HttpClient session, String path) {
        HttpResponse<String> response = send(session, HttpRequest.newBuilder(url(path)).GET().build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().replace("\uFEFF", "").lines().filter(line -> !line.isBlank())
                .map(line -> Stream.of(line.split(",", -1)).map(DashboardIT::unquoted).toList()).toList();
    }

    /** A cell of the export (every one quoted; none of the figures holds a comma). */
    private static String unquoted(String cell) {
        return cell.startsWith("\"") && cell.endsWith("\"") && cell.length() > 1
                ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static NewVisit nonMember(String name) {
        return new NewVisit("NON_MEMBER", null, null, null, name, "FEMALE", "Pelajar", "SMA", "SMAN 1", "Banyuwangi",
                null, null, null, null, null);
    }

    private static NewVisit group(int size) {
        return new NewVisit("GROUP", null, null, null, null, null, null, null, "SDN 2", null, "Kelas 5", size,
                "Bu Guru", "081234567890", new NewVisit.Breakdown(5, size - 5));
    }
}
