package id.serambi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.security.AccessMatrix.Answer;
import id.serambi.security.AccessMatrix.Caller;
import id.serambi.security.AccessMatrix.Entry;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
class AccessMatrixIT {

    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    static final List<String> NOT_OURS = List.of("/error", "/v3/api-docs", "/swagger-ui");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    final Map<Caller, Session> sessions = new EnumMap<>(Caller.class);

    @BeforeEach
    void signEveryoneIn() throws Exception {
        sessions.put(Caller.ANONYMOUS, new Session(null));
        for (Caller caller : List.of(Caller.PETUGAS, Caller.KASI, Caller.KABID, Caller.KEPALA)) {
            sessions.put(caller, new Session(StaffFixtures.aStaffMember(accounts, libraries, "lebak",
                    Role.valueOf(caller.name()))));
        }
        sessions.put(Caller.OTHER_LIBRARY_KEPALA,
                new Session(StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.KEPALA)));
        sessions.put(Caller.ADMIN, new Session(TestUsers.ADMIN));
        for (Session session : sessions.values()) {
            session.signIn();
        }
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        Set<String> declared = new TreeSet<>();
        AccessMatrix.ENTRIES.forEach(e -> declared.add(e.method() + " " + e.pattern()));
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
            if (NOT_OURS.stream().noneMatch(pattern::startsWith)) {
                Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
                        : info.getMethodsCondition().getMethods().stream().map(Enum::name)
                                .collect(java.util.stream.Collectors.toSet());
                methods.forEach(method -> served.add(method + " " + pattern));
            }
        }));

        assertThat(declared).as("endpoints missing from AccessMatrix").containsAll(served);
        assertThat(served).as("AccessMatrix entries without an endpoint").containsAll(declared);
    }

    @Test
    void everyCallerGetsWhatTheMatrixSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        Api admin = Api.on(port).asAdmin();
        for (Entry entry : AccessMatrix.ENTRIES) {
            for (Caller caller : Caller.values()) {
                ValidRequests.Request request = ValidRequests.of(entry, admin);
                HttpResponse<String> response = sessions.get(caller).call(entry.method(), entry.path(), request);
                Answer answer = classify(response);
                boolean validRequest = request != null && entry.pattern().startsWith("/api/");
                if (!answer.satisfies(entry.answers().get(caller), validRequest)) {
                    wrong.add(entry.method() + " " + entry.path() + " as " + caller + ": expected "
                            + entry.answers().get(caller) + ", got " + response.statusCode() + " (" + answer + ")"
                            + (answer == Answer.BAD_INPUT ? " " + response.body() : ""));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyApiWriteIsSentARequestItAccepts() {
        assertThat(AccessMatrix.ENTRIES.stream().filter(ValidRequests::needsOne).filter(e -> !ValidRequests.has(e))
                .map(e -> e.method() + " " + e.pattern()).toList())
                .as("API writes without a valid request in ValidRequests").isEmpty();
    }

    @Test
    void aLibraryThatDoesNotExistIsNotFoundForEveryoneWhoMayAsk() throws Exception {
        Api admin = Api.on(port).asAdmin();
        List<String> wrong = new ArrayList<>();
        for (Entry entry : AccessMatrix.ENTRIES) {
            if (!entry.pattern().contains("{lib}")) {
                continue;
            }
            String path = entry.path().replaceFirst("/(lebak|sidoarjo)(/|$)", "/atlantis$2");
            for (Caller caller : List.of(Caller.ANONYMOUS, Caller.PETUGAS, Caller.ADMIN)) {
                boolean mayAsk = caller != Caller.ANONYMOUS || entry.answers().get(caller) == Answer.OK;
                int status = sessions.get(caller).call(entry.method(), path, ValidRequests.of(entry, admin))
                        .statusCode();
                if (mayAsk && status != 404) {
                    wrong.add(entry.method() + " " + path + " as " + caller + ": " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Answer classify(HttpResponse<String> response) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (status == 401 || (status == 302 && location.endsWith("/login"))) {
            return Answer.LOGIN;
        }
        if (status >= 500) {
            return Answer.SERVER_ERROR;
        }
        if (status == 400) {
            return Answer.BAD_INPUT;
        }
        return status == 403 ? Answer.DENIED : Answer.OK;
    }

    /** One caller: HTTP Basic for the API, a signed-in browser session with its CSRF token for pages. */
    final class Session {

        final String username;
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf;

        Session(String username) {
            this.username = username;
        }

        void signIn() throws Exception {
            csrf = token(get("/login"));
            if (username != null) {
                HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(form(Map.of("username", username, "password", TestUsers.PASSWORD, "_csrf", csrf))));
                assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
                csrf = token(get("/"));
            }
        }

        /** Calls the path with the entry's valid request (null: none, or a page form with only the CSRF token). */
        HttpResponse<String> call(String method, String path, ValidRequests.Request valid) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path + (valid == null ? "" : valid.query())));
            boolean api = path.startsWith("/api/");
            if (api && username != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            if (valid != null) {
                valid.headers().forEach(request::header);
            }
            if ("GET".equals(method)) {
                return send(request.GET());
            }
            if (api) {
                return send(request.header("Content-Type", valid.contentType())
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(valid.body())));
            }
            String fields = valid == null ? "" : "&" + new String(valid.body(), StandardCharsets.UTF_8);
            return send(request.header("Content-Type", "application/x-www-form-urlencoded").method(method,
                    HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                            + fields)));
        }

        private HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String token(HttpResponse<String> page) {
            Matcher matcher = CSRF.matcher(page.body());
            assertThat(matcher.find()).as("csrf token on the page").isTrue();
            return matcher.group(1);
        }

        private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
            StringBuilder body = new StringBuilder();
            fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return HttpRequest.BodyPublishers.ofString(body.toString());
        }
    }
}
