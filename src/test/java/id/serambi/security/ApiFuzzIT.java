package id.serambi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.serambi.membership.MemberFixtures;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Every POST and PUT under {@code /api/v1} (found from the request mappings, so new endpoints are covered) gets
 * hostile bodies as the administrator: the answer is never a 5xx, never a stack trace or class name, a refusal is
 * always problem+json, and a refused request wrote no row in any table.
 */
@IntegrationTest
class ApiFuzzIT {

    static final Pattern LEAK = Pattern.compile("Exception|\\bat [a-z]+\\.[a-zA-Z.]+\\(|\\b(java|javax|jakarta|org|com|"
            + "tools|id\\.serambi)\\.[a-z]+\\.[A-Za-z.]*[A-Z]|SQLState|PSQL|ERROR:\\s");
    /** Written after commit by listeners of earlier tests' writes, whatever this test sends. */
    /** Tables written after commit or by the scheduled jobs (their run locks), never by the refused request. */
    static final Set<String> ASYNCHRONOUS = Set.of("case_file", "case_subject", "case_event", "event_publication",
            "event_publication_archive", "shared_job_lock");
    static final String PASSWORD = "fuzz-sandi-rahasia";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    Api admin;
    String memberNumber;
    String trackingCode;

    private String caseId;

    /** The row counts as the last refused request left them; null when they must be counted again. */
    private Map<String, Long> counts;

    @BeforeEach
    void aCheapToCheckAdministratorAMemberAndAComplaint() {
        String username = "fuzz-admin-" + System.nanoTime();
        jdbc.sql("insert into staff_account (username, password_hash, full_name, admin) values (?, ?, ?, true)")
                .params(username, "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD), "Fuzz Admin")
                .update();
        admin = Api.on(port).as(username, PASSWORD);
        Api.Response member = admin.post("/api/v1/libraries/lebak/members",
                MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT));
        assertThat(member.status()).as(member.toString()).isEqualTo(201);
        memberNumber = member.json().get("memberNumber").asString();
        Api.Response complaint = Api.on(port).post("/api/v1/libraries/lebak/complaints",
                Map.of("channel", "WEBSITE", "text", "Kursi ruang baca rusak " + System.nanoTime()));
        trackingCode = complaint.json().get("trackingCode").asString();
        caseId = admin.post("/api/v1/libraries/lebak/cases", Map.of("service", "kta")).json().get("caseId")
                .asString();
    }

    @Test
    void hostileBodiesNeverGiveAServerErrorALeakOrAHalfWrittenRow() {
        JsonNode openApi = admin.get("/v3/api-docs").json();
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> accepted = new TreeMap<>();
        for (String endpoint : writeEndpoints()) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String pattern = endpoint.substring(method.length() + 1);
            String path = concrete(pattern);
            List<byte[]> bodies = new ArrayList<>(HostileBodies.malformed());
            bodies.addAll(HostileBodies.objects(fields(openApi, method, pattern), 14, pattern.hashCode()));
            for (byte[] body : bodies) {
                String problem = check(method, path, body, accepted);
                if (problem != null) {
                    wrong.add(endpoint + " with " + preview(body) + ": " + problem);
                }
            }
        }
        System.out.println("ApiFuzzIT: accepted (2xx) hostile bodies per endpoint: " + accepted);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aNulCharacterIsRefusedAsAFieldErrorInABodyAndInAParameter() {
        Api.Response body = admin.in("en").post("/api/v1/libraries/lebak/workstations",
                Map.of("name", "PC\u00001", "location", "Lantai 2"));
        Api.Response parameter = admin.get("/api/v1/libraries/lebak/members?q=a%00b");

        assertThat(body.status()).as(body.toString()).isEqualTo(400);
        assertThat(body.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(parameter.status()).as(parameter.toString()).isEqualTo(400);
        assertThat(parameter.contentType()).startsWith("application/problem+json");
    }

    /**
     * What is wrong with the answer to one request, or null. The row counts after one request are the counts before
     * the next (one count of every table per request, not two); an accepted request starts them afresh.
     */
    private String check(String method, String path, byte[] body, Map<String, Integer> accepted) {
        Map<String, Long> before = counts != null ? counts : rowCounts();
        counts = null;
        Api.Response answer = send(method, path, body);
        int status = answer.status();
        if (status >= 500) {
            return "answered " + answer.toString().substring(0, Math.min(300, answer.toString().length()));
        }
        if (LEAK.matcher(answer.text()).find()) {
            return "leaks internals: " + answer.text().substring(0, Math.min(300, answer.text().length()));
        }
        if (status < 300) {
            accepted.merge(method + " " + path, 1, Integer::sum);
            return null;
        }
        if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
            return status + " as " + answer.contentType();
        }
        Map<String, Long> after = rowCounts();
        counts = after;
        return after.equals(before) ? null : status + " but rows changed: " + changed(before, after);
    }

    private Api.Response send(String method, String path, byte[] body) {
        if ("PUT".equals(method) && path.endsWith("/photo")) {
            return admin.put(path, "image/jpeg", body);
        }
        return "PUT".equals(method) ? admin.put(path, "application/json", body)
                : admin.postBytes(path, "application/json", body);
    }

    private Set<String> writeEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/v1/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods().stream()
                        .filter(m -> m.name().equals("POST") || m.name().equals("PUT"))
                        .forEach(m -> endpoints.add(m.name() + " " + pattern))));
        assertThat(endpoints).hasSizeGreaterThan(20);
        return endpoints;
    }

    /** The request body's field names as OpenAPI describes them (empty when it does not). */
    private static List<String> fields(JsonNode openApi, String method, String pattern) {
        JsonNode schema = openApi.path("paths").path(pattern).path(method.toLowerCase()).path("requestBody")
                .path("content").path("application/json").path("schema");
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            schema = openApi.path("components").path("schemas").path(name);
        }
        List<String> names = new ArrayList<>();
        schema.path("properties").propertyNames().forEach(names::add);
        return names;
    }

    private String concrete(String pattern) {
        return pattern.replace("{lib}", "lebak").replace("{memberNumber}", memberNumber)
                .replace("{trackingCode}", trackingCode).replace("{code}", "kta").replace("{id}", "999999")
                .replace("{batchId}", "999999").replace("{response}", "999999")
                .replace("{caseId}", caseId).replace("{order}", "1")
                // any other path variable: a value no record has
                .replaceAll("\\{[^}]+}", "0");
    }

    private Map<String, Long> rowCounts() {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = "
                + "current_schema() and table_type = 'BASE TABLE' order by 1").query(String.class).list();
        String sql = String.join(" union all ", tables.stream().filter(t -> !ASYNCHRONOUS.contains(t))
                .map(t -> "select '" + t + "', count(*) from " + t).toList());
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql(sql).query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private static String changed(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changes = new TreeMap<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changes.put(table, before.get(table) + " -> " + count);
            }
        });
        return changes.toString();
    }

    private static String preview(byte[] body) {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        // cut between characters, never inside a surrogate pair (a broken pair cuts the report short)
        int cut = text.length() > 120 ? text.offsetByCodePoints(0, Math.min(60, text.codePointCount(0, text.length())))
                : text.length();
        return cut < text.length() ? text.substring(0, cut) + "…(" + text.length() + ")" : text;
    }
}
