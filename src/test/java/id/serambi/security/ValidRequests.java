package id.serambi.security;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.serambi.membership.MemberFixtures;
import id.serambi.support.Api;
import id.serambi.support.TestUsers;

/**
 * For every API write of {@link AccessMatrix} (and the reads and pages that bind required parameters before their role
 * check), a request the endpoint accepts from a caller who may use it, so that what a caller who may not gets is the
 * security decision and never a 400 for the body. Page forms only need every parameter bound: their values are ones
 * the library refuses, so a page post changes nothing. Rows with made-up ids are refused after the role check (404), rows without ids succeed
 * or meet a business refusal (409/422) without touching what other tests count; settings are sent back unchanged.
 * A new API write needs its line here: {@link AccessMatrixIT} fails on one without.
 */
final class ValidRequests {

    /** What to send: a query string to append (or ""), the content type and body, extra headers. */
    record Request(String query, String contentType, byte[] body, Map<String, String> headers) {

        static Request json(String json) {
            return new Request("", "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        static Request json(Object body) {
            return json(JSON.writeValueAsString(body));
        }

        static Request query(String query) {
            return new Request(query, "application/json", new byte[0], Map.of());
        }

        static Request form(Map<String, String> fields) {
            StringBuilder body = new StringBuilder();
            fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                    .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return new Request("", "application/x-www-form-urlencoded",
                    body.toString().getBytes(StandardCharsets.UTF_8), Map.of());
        }

        Request from(String clientAddress) {
            return new Request(query, contentType, body, Map.of("X-Forwarded-For", clientAddress));
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Request NO_BODY = Request.json("");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Map<String, Function<Api, Request>> REQUESTS = new HashMap<>();

    static {
        String lib = "/api/v1/libraries/{lib}";
        // Public writes: stored as any visitor's would be, each from its own documentation address (TEST-NET-2) so that
        // the ballot guard and the rate limit of the tests' own address are not spent
        api("POST", lib + "/complaints", admin -> Request.json(Map.of("channel", "WEBSITE", "text",
                "Akses matriks " + UUID.randomUUID())).from(aClient()));
        api("POST", lib + "/surveys", admin -> Request.json(Map.of("service", "kta", "answers",
                List.of(3, 3, 4, 3, 3, 4, 3, 3, 3), "age", 34, "sex", "FEMALE", "education", "S1", "occupation", "PNS"))
                .from(aClient()));
        api("POST", lib + "/registrations",
                admin -> Request.json(MemberFixtures.anApplication(MemberFixtures.SIDOARJO_DISTRICT)).from(aClient()));
        // The applicant's correction through an unknown private link: refused as not found (404), nothing written
        api("PUT", lib + "/applications/{token}",
                admin -> Request.json(MemberFixtures.anApplication(MemberFixtures.SIDOARJO_DISTRICT)).from(aClient()));
        api("PUT", lib + "/applications/{token}/photo", admin -> new Request("", "image/jpeg",
                MemberFixtures.anImage("jpeg", 300, 400), Map.of()).from(aClient()));
        api("POST", lib + "/my-data/code", admin -> Request.json(Map.of("memberNumber", "X-0000", "channel", "SMS"))
                .from(aClient()));
        api("POST", lib + "/my-data/token", admin -> Request.json(Map.of("memberNumber", "X-0000", "code", "123456"))
                .from(aClient()));
        api("POST", lib + "/my-data/requests", admin -> Request.json(Map.of("kind", "ACCESS")));
        // Staff writes on records that do not exist: refused after the role check (404)
        api("POST", lib + "/privacy-requests/{id}/decision",
                admin -> Request.json(Map.of("decision", "REFUSE", "note", "Bukan anggota")));
        api("POST", lib + "/cards/batch", admin -> Request.json(Map.of("memberNumbers", List.of("X-0000"))));
        api("POST", lib + "/cards/batches/{batchId}/reprint", admin -> NO_BODY);
        api("POST", lib + "/complaints/{trackingCode}/transitions",
                admin -> Request.json(Map.of("status", "VERIFIED", "note", "Lengkap")));
        api("POST", lib + "/internet-queue", admin -> Request.json(Map.of("memberNumber", "X-0000")));
        api("POST", lib + "/internet-sessions",
                admin -> Request.json(Map.of("memberNumber", "X-0000", "workstation", "PC-01")));
        api("POST", lib + "/internet-sessions/{id}/end", admin -> NO_BODY);
        api("POST", lib + "/internet-sessions/{id}/tidied", admin -> NO_BODY);
        api("POST", lib + "/members/{memberNumber}/card/lamination", admin -> NO_BODY);
        api("POST", lib + "/members/{memberNumber}/handover",
                admin -> Request.json(Map.of("phoneConfirmed", true, "signatureName", "Budi Santoso")));
        api("POST", lib + "/members/{memberNumber}/phone-check", admin -> Request.json(Map.of("channel", "SMS")));
        api("POST", lib + "/members/{memberNumber}/phone-check/verify",
                admin -> Request.json(Map.of("code", "123456")));
        api("POST", lib + "/members/{memberNumber}/renewal", admin -> NO_BODY);
        api("POST", lib + "/members/{memberNumber}/replacement", admin -> Request.json(Map.of("reason",
                "LOST", "documents", List.of(Map.of("type", "KTP")))));
        api("POST", lib + "/members/{memberNumber}/verification",
                admin -> Request.json(Map.of("decision", "APPROVE", "note", "Lengkap")));
        api("POST", lib + "/members/{memberNumber}/deactivation", admin -> Request.json(Map.of("reason", "Pindah")));
        api("POST", lib + "/members/{memberNumber}/nik-disclosure",
                admin -> Request.json(Map.of("reason", "Permintaan polisi")));
        api("PUT", lib + "/members/{memberNumber}",
                admin -> Request.json(MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT)));
        api("PUT", lib + "/members/{memberNumber}/photo", admin -> new Request("", "image/jpeg",
                MemberFixtures.anImage("jpeg", 300, 400), Map.of()));
        api("POST", lib + "/workstations/{id}/service", admin -> Request.json(Map.of("inService", false)));
        api("POST", lib + "/surveys/{response}/review",
                admin -> Request.json(Map.of("decision", "EXCLUDE", "reason", "Diisi berulang")));
        api("POST", lib + "/staff/{id}/unlock", admin -> NO_BODY);
        // Staff writes that succeed (new records of their own) or are refused as a duplicate or an unknown card
        api("POST", lib + "/members", admin -> Request.json(MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT)));
        api("POST", lib + "/visits", admin -> Request.json(Map.of("memberNumber", "X-0000", "purpose",
                admin.get("/api/v1/libraries/lebak/visit-purposes").json().get(0).get("code").asString())));
        api("POST", lib + "/service-steps", admin -> Request.json(Map.of("service", "kta", "caseRef",
                "matrix-" + UUID.randomUUID(), "step", 1)));
        api("POST", lib + "/workstations", admin -> Request.json(Map.of("name", aWorkstation(admin))));
        api("POST", lib + "/cases", admin -> Request.json(Map.of("service", "kta")));
        api("POST", lib + "/cases/next", admin -> Request.json(Map.of("services", List.of("kta"))));
        api("POST", lib + "/cases/{caseId}/call", admin -> Request.json(Map.of("counter", "Loket 1")));
        api("POST", lib + "/cases/{caseId}/skip", admin -> NO_BODY);
        api("POST", lib + "/cases/{caseId}/steps/{order}", admin -> NO_BODY);
        api("POST", lib + "/holidays", admin -> Request.json(Map.of("date", "2030-01-01", "name", "Uji matriks")));
        api("DELETE", lib + "/holidays/{date}", admin -> NO_BODY);
        api("POST", lib + "/staff", admin -> Request.json(Map.of("username", "matrix-" + SEQUENCE.incrementAndGet()
                + "-" + ProcessHandle.current().pid(), "password", TestUsers.PASSWORD, "fullName", "Petugas Matriks",
                "roles", List.of("PETUGAS"))));
        api("POST", lib + "/imports", admin -> anImport());
        api("POST", lib + "/imports/{id}/photos", admin -> new Request("", "application/zip", anEmptyZip(), Map.of()));
        api("POST", lib + "/retention-runs", admin -> NO_BODY);
        api("POST", "/api/v1/backups", admin -> NO_BODY);
        // Settings: what the library has now, sent back unchanged
        for (String settings : List.of("/profile", "/membership-settings", "/retention-settings", "/network",
                "/handover-settings")) {
            api("PUT", lib + settings, admin -> Request.json(admin.get("/api/v1/libraries/lebak" + settings).text()));
        }
        api("PUT", lib + "/service-hours", admin -> Request.json(hours(admin)));
        api("PUT", lib + "/service-standards/{code}", admin -> Request.json(standard(admin, "kta")));
        // Pages whose parameters are bound before the role check: every parameter, with a value the library refuses
        // or a record that does not exist, so nothing is changed
        String app = "/app/{lib}";
        page(app + "/cards/design", Map.of("primaryColour", "merah", "backText", "Uji"));
        page(app + "/complaints/settings", Map.of("verifyDays", "0", "followUpDays", "5", "closeDays", "10",
                "answeringRole", "KABID"));
        page(app + "/guestbook/settings", Map.of("duplicateWindowMinutes", "-1", "expiredCardPolicy", "WARN",
                "defaultPurpose", "BACA"));
        page(app + "/guestbook/settings/{list:purposes|rooms}", Map.of("name", " "));
        page(app + "/ikm/flagged/{response}", Map.of("decision", "EXCLUDE", "reason", "Diisi berulang"));
        page(app + "/internet/settings", Map.of("sessionMinutes", "0", "dailyMinutes", "0"));
        page(app + "/internet/workstations", Map.of("name", " "));
        page(app + "/internet/workstations/{id}/service", Map.of("inService", "false"));
        page(app + "/members/{memberNumber}/deactivation", Map.of("reason", "Pindah"));
        page(app + "/members/{memberNumber}/nik", Map.of("reason", "Permintaan polisi"));
        api("GET", app + "/network.csv", admin -> Request.query("?table=network-libraries"));
        // Member exports: a moment to come (nothing in the file, no download remembered); a folder outside the root
        api("GET", lib + "/member-exports", admin -> Request.query("?format=slims&since=2099-01-01"));
        api("GET", app + "/export/file", admin -> Request.query("?format=slims&since=2099-01-01"));
        page(app + "/export/settings", Map.of("formats", "SLIMS", "folder", "../../di-luar"));
        // Reads with required parameters
        for (String read : List.of("/dashboard", "/network/dashboard", "/service-times")) {
            api("GET", lib + read, admin -> Request.query("?from=2030-01-01&to=2030-01-31"));
        }
    }

    private ValidRequests() {
    }

    /** The request for an entry, or null when it takes none (a page, a read without parameters). */
    static Request of(AccessMatrix.Entry entry, Api admin) {
        Function<Api, Request> request = REQUESTS.get(entry.method() + " " + entry.pattern());
        return request == null ? null : request.apply(admin);
    }

    /** Whether the entry is an API write, which must have its request here. */
    static boolean needsOne(AccessMatrix.Entry entry) {
        return entry.pattern().startsWith("/api/") && !"GET".equals(entry.method());
    }

    static boolean has(AccessMatrix.Entry entry) {
        return REQUESTS.containsKey(entry.method() + " " + entry.pattern());
    }

    private static void api(String method, String pattern, Function<Api, Request> request) {
        REQUESTS.put(method + " " + pattern, request);
    }

    private static void page(String pattern, Map<String, String> fields) {
        REQUESTS.put("POST " + pattern, admin -> Request.form(fields));
    }

    private static String aClient() {
        return "198.51.100." + (1 + Math.floorMod(SEQUENCE.incrementAndGet(), 254));
    }

    /** A workstation lebak already has, so that adding it again is refused (409) and none is added. */
    private static String aWorkstation(Api admin) {
        JsonNode workstations = admin.get("/api/v1/libraries/lebak/workstations").json();
        if (!workstations.isEmpty()) {
            return workstations.get(0).get("workstation").get("name").asString();
        }
        String name = "Matriks-1";
        admin.post("/api/v1/libraries/lebak/workstations", Map.of("name", name));
        return name;
    }

    /** Lebak's hours as they are; while it has published none, every day closed, which publishes none. */
    private static Object hours(Api admin) {
        JsonNode hours = admin.get("/api/v1/libraries/lebak/service-hours").json();
        if (!hours.isEmpty()) {
            return hours;
        }
        Map<String, Object> closed = new java.util.LinkedHashMap<>();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            closed.put(day.name(), null);
        }
        return closed;
    }

    private static JsonNode standard(Api admin, String code) {
        for (JsonNode service : admin.get("/api/v1/libraries/lebak/service-standards").json().get("services")) {
            if (code.equals(service.get("code").asString())) {
                return service;
            }
        }
        throw new AssertionError("no service " + code + " at lebak");
    }

    /** A zip with no entries (its end record alone), as a library without member photos would send. */
    private static byte[] anEmptyZip() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.finish();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One fresh member in a CSV with its columns named, as ImportApiIT sends it. */
    private static Request anImport() {
        Map<String, Object> member = MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT);
        String csv = "nama;nik;lahir;jk;hp;ibu;alamat\n" + member.get("fullName") + ";" + member.get("nik") + ";"
                + member.get("birthDate") + ";" + member.get("sex") + ";" + member.get("phone") + ";Siti;Jl. Multatuli 1\n";
        return new Request("?preset=CUSTOM&defaultCategory=umum&col.FULL_NAME=nama&col.NIK=nik&col.BIRTH_DATE=lahir"
                + "&col.SEX=jk&col.PHONE=hp&col.MOTHER_NAME=ibu&col.ADDRESS=alamat", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
