package id.serambi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.serambi.membership.MemberFixtures;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.TestDataDirectory;
import id.serambi.support.TestUsers;

/**
 * Injection: SQL in every query parameter of every GET endpoint and page, markup in text fields that staff and the
 * public see again, path tricks in path variables and upload file names.
 */
@IntegrationTest
class InjectionIT {

    static final List<String> SQL = List.of("' OR '1'='1", "x'; drop table member; --", "1 OR 1=1",
            "') union select username, password_hash from staff_account --", "%' --", "\\", "'", "\u0000");
    static final String MARKUP = "<script>alert('xss')</script><img src=x onerror=alert(1)>\"'><b>tebal</b>";
    /** A page's CSRF token, in its meta tag or a form's hidden field. */
    private static final Pattern CSRF_TOKEN = Pattern.compile(
            "((?:name=\"csrf-token\" content|name=\"_csrf\" value)=)\"[^\"]*\"");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void sqlInEveryQueryParameterIsJustTextNeverAServerErrorNorALeak() throws Exception {
        Page staff = Page.signIn(port);
        Api admin = Api.on(port).asAdmin();
        List<String> wrong = new ArrayList<>();
        Set<String> tried = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().forEach(pattern -> {
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals("GET"));
            if (!get || !(pattern.startsWith("/api/v1/") || pattern.startsWith("/app/"))) {
                return;
            }
            for (String parameter : queryParameters(handler)) {
                tried.add(pattern + "?" + parameter);
                for (String sql : SQL) {
                    String path = AccessMatrix.concrete(pattern) + "?" + parameter + "="
                            + URLEncoder.encode(sql, StandardCharsets.UTF_8);
                    int status;
                    String body;
                    if (pattern.startsWith("/api/")) {
                        Api.Response answer = admin.get(path);
                        status = answer.status();
                        body = answer.text();
                    } else {
                        HttpResponse<String> answer = staff.get(path);
                        status = answer.statusCode();
                        body = answer.body();
                    }
                    var leak = ApiFuzzIT.LEAK.matcher(withoutCsrfTokens(body));
                    boolean leaked = leak.find();
                    if (status >= 500 || leaked) {
                        wrong.add(path + " -> " + status + (leaked ? ": " + leak.group() : ""));
                    }
                }
            }
        }));
        assertThat(tried).as("search and filter parameters found").contains("/api/v1/libraries/{lib}/members?q",
                "/app/{lib}/members?q");
        assertThat(wrong).isEmpty();
    }

    @Test
    void aTautologyInTheMemberSearchFindsNobody() {
        Api admin = Api.on(port).asAdmin();
        admin.post("/api/v1/libraries/lebak/members", MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT));

        Api.Response answer = admin.get("/api/v1/libraries/lebak/members?q="
                + URLEncoder.encode("zzqx' OR '1'='1", StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).doesNotContain("LEBAK-");
    }

    @Test
    void markupInAComplaintIsShownAsTextToThePublicAndToStaff() throws Exception {
        String marker = "keluhan-" + System.nanoTime();
        Api.Response filed = Api.on(port).post("/api/v1/libraries/lebak/complaints",
                Map.of("channel", "WEBSITE", "text", marker + MARKUP, "name", MARKUP, "contact", MARKUP));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String code = filed.json().get("trackingCode").asString();

        Page staff = Page.signIn(port);
        showsAsText(staff.get("/app/lebak/complaints/" + code).body(), marker);
        showsAsText(staff.get("/app/lebak/complaints").body(), null);
        showsAsText(Page.anonymous(port).get("/l/lebak/pengaduan/" + code).body(), null);
    }

    @Test
    void markupInAMemberAndAVisitorIsShownAsTextOnStaffPages() throws Exception {
        Api admin = Api.on(port).asAdmin();
        String marker = "Anggota" + System.nanoTime();
        Map<String, Object> application = MemberFixtures.with(MemberFixtures.with(
                MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT), "fullName", marker + MARKUP.substring(0, 60)),
                "address", MARKUP);
        Api.Response member = admin.post("/api/v1/libraries/lebak/members", application);
        assertThat(member.status()).as(member.toString()).isEqualTo(201);
        Api.Response visit = admin.post("/api/v1/libraries/lebak/visits", Map.of("visitorType", "NON_MEMBER",
                "name", marker + MARKUP.substring(0, 40), "institution", MARKUP, "purpose", "READING"));
        assertThat(visit.status()).as(visit.toString()).isEqualTo(201);

        Page staff = Page.signIn(port);
        String number = member.json().get("memberNumber").asString();
        showsAsText(staff.get("/app/lebak/members/" + number).body(), marker);
        showsAsText(staff.get("/app/lebak/members?q=" + marker).body(), marker);
        showsAsText(staff.get("/app/lebak/guestbook/today").body(), marker);
    }

    @Test
    void pathTricksInPathVariablesAreRefusedOrNotFoundNeverServed() throws Exception {
        Api admin = Api.on(port).asAdmin();
        for (String trick : List.of("..%2F..%2Fadmin", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..;", "%00", "..%5C..%5C",
                "%252e%252e%252f", "LEBAK-2026-000001%00.jpg", "%C0%AE%C0%AE%2F")) {
            for (String path : List.of("/api/v1/libraries/lebak/members/" + trick,
                    "/api/v1/libraries/" + trick + "/members", "/api/v1/libraries/lebak/members/" + trick + "/photo",
                    "/api/v1/complaints/" + trick)) {
                Api.Response answer = admin.get(path);
                assertThat(answer.status()).as(path).isIn(400, 404);
                assertThat(ApiFuzzIT.LEAK.matcher(answer.text()).find()).as(path).isFalse();
            }
        }
    }

    @Test
    void aPhotoUploadNamedLikeAPathWritesNoFileAnywhere() throws Exception {
        Api admin = Api.on(port).asAdmin();
        Api.Response member = admin.post("/api/v1/libraries/lebak/members",
                MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT));
        String number = member.json().get("memberNumber").asString();
        String name = "pwned-" + System.nanoTime() + ".jpg";
        Page staff = Page.signIn(port);
        try (var before = Files.walk(TestDataDirectory.root())) {
            long files = before.count();

            HttpResponse<String> answer = staff.upload("/app/lebak/members/" + number + "/photo", "photo",
                    "../../../../../../tmp/" + name, MemberFixtures.anImage("jpeg", 300, 400));

            assertThat(answer.statusCode()).isLessThan(500);
            assertThat(Path.of("/tmp", name)).doesNotExist();
            try (var after = Files.walk(TestDataDirectory.root())) {
                assertThat(after.filter(p -> p.getFileName().toString().contains("pwned")).toList()).isEmpty();
            }
            assertThat(files).isPositive();
        }
    }

    /**
     * The page without its CSRF token's value: 96 random characters, new on every page, which now and then hold "PSQL",
     * one of the leak pattern's words (about once in 180,000 pages; the likeliest cause of this test's one failure in
     * CI, on a 400 page whose body was not kept).
     */
    private static String withoutCsrfTokens(String html) {
        return CSRF_TOKEN.matcher(html).replaceAll("$1\"\"");
    }

    /** The page shows the markup as text: no element, script or handler came from it. */
    private static void showsAsText(String html, String marker) {
        Document page = Jsoup.parse(html);
        assertThat(page.select("script").stream().filter(s -> s.data().contains("xss")).toList()).isEmpty();
        assertThat(page.select("[onerror]")).isEmpty();
        assertThat(page.select("b").stream().filter(b -> b.text().equals("tebal")).toList()).isEmpty();
        if (marker != null) {
            assertThat(page.text()).contains(marker);
        }
        assertThat(html).doesNotContain("<script>alert");
    }

    private static List<String> queryParameters(HandlerMethod handler) {
        List<String> names = new ArrayList<>();
        for (var parameter : handler.getMethodParameters()) {
            RequestParam param = AnnotatedElementUtils.findMergedAnnotation(parameter.getParameter(),
                    RequestParam.class);
            if (param != null && !parameter.getParameterType().getName().contains("Multipart")) {
                names.add(param.name().isEmpty() ? parameter.getParameter().getName() : param.name());
            }
        }
        return names;
    }

    /** A browser-like session on the pages: cookies, CSRF token, no redirects followed. */
    record Page(int port, HttpClient http, String csrf) {

        static Page anonymous(int port) {
            return new Page(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), null);
        }

        static Page signIn(int port) throws Exception {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            Page page = new Page(port, http, null);
            String token = token(page.get("/login").body());
            String form = "username=" + TestUsers.ADMIN + "&password=" + TestUsers.PASSWORD + "&_csrf=" + token;
            http.send(HttpRequest.newBuilder(page.uri("/login")).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(port, http, token(page.get("/").body()));
        }

        HttpResponse<String> get(String path) {
            try {
                return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> upload(String path, String field, String fileName, byte[] content) throws Exception {
            String boundary = "----serambi" + System.nanoTime();
            var body = new java.io.ByteArrayOutputStream();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(HttpRequest.newBuilder(uri(path)).header("X-CSRF-TOKEN", csrf).header("Content-Type",
                    "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(
                            body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String token(String html) {
            Matcher matcher = AccessMatrixIT.CSRF.matcher(html);
            assertThat(matcher.find()).as("csrf token on the page").isTrue();
            return matcher.group(1);
        }
    }
}
