package id.serambi.security;

import static id.serambi.security.AccessMatrix.Answer.DENIED;
import static id.serambi.security.AccessMatrix.Answer.LOGIN;
import static id.serambi.security.AccessMatrix.Answer.OK;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who may call what: every endpoint and page, for anonymous callers, each role of the library ({@code lebak}), a
 * head of another library ({@code jateng}) and the administrator. A new endpoint that is missing here fails
 * {@link AccessMatrixIT}.
 */
final class AccessMatrix {

    /**
     * What a caller gets: served (any answer but 400/401/403/login), refused (exactly 403), asked to sign in (exactly
     * 401 or the login page). A 400 satisfies nothing where the endpoint was sent a valid request
     * ({@link ValidRequests}); elsewhere (a page posted without its fields, a read without its parameters) it counts
     * as served only, never as refused or as a request to sign in, so a role check must answer before the input
     * check. A server error (5xx) satisfies nothing.
     */
    enum Answer {
        OK, DENIED, LOGIN, BAD_INPUT, SERVER_ERROR;

        boolean satisfies(Answer expected, boolean validRequest) {
            return this == expected || (this == BAD_INPUT && expected == OK && !validRequest);
        }
    }

    enum Caller {
        ANONYMOUS, PETUGAS, KASI, KABID, KEPALA, OTHER_LIBRARY_KEPALA, ADMIN
    }

    /** One endpoint: the mapping as declared, a concrete path to call, and the answer per caller. */
    record Entry(String method, String pattern, String path, Map<Caller, Answer> answers) {
    }

    static final List<Entry> ENTRIES = new ArrayList<>();

    static {
        // Public pages and API (no sign-in; writes are rate-limited)
        for (String path : List.of("/", "/login", "/l/{lib}", "/l/{lib}/standards", "/l/{lib}/pengaduan",
                "/l/{lib}/pengaduan/cek", "/l/{lib}/pengaduan/{code}", "/l/{lib}/survei", "/l/{lib}/survei/qr.png",
                "/l/{lib}/survei/terima-kasih", "/api/v1/libraries", "/api/v1/libraries/{lib}/service-standards",
                "/api/v1/libraries/{lib}/member-categories", "/api/v1/libraries/{lib}/holidays",
                "/api/v1/libraries/{lib}/service-hours", "/api/v1/libraries/{lib}/visit-locations",
                "/api/v1/libraries/{lib}/visit-purposes", "/api/v1/complaints/{trackingCode}",
                "/api/v1/libraries/{lib}/profile", "/l/{lib}/kartu", "/l/{lib}/antrian", "/l/{lib}/antrian/panggilan",
                "/l/{lib}/antrian/warna.css")) {
            everyone("GET", path, concrete(path));
        }
        everyone("GET", "/l/{lib}/daftar", "/l/sidoarjo/daftar");
        everyone("GET", "/l/{lib}/daftar/{token}", "/l/sidoarjo/daftar/t0");
        everyone("GET", "/l/{lib}/daftar/selesai", "/l/sidoarjo/daftar/selesai");
        everyone("GET", "/l/{lib}/daftar/{token}/foto.jpg", "/l/sidoarjo/daftar/t0/foto.jpg");
        everyone("GET", "/api/v1/libraries/{lib}/applications/{token}", "/api/v1/libraries/sidoarjo/applications/t0");
        everyone("PUT", "/api/v1/libraries/{lib}/applications/{token}", "/api/v1/libraries/sidoarjo/applications/t0");
        everyone("PUT", "/api/v1/libraries/{lib}/applications/{token}/photo",
                "/api/v1/libraries/sidoarjo/applications/t0/photo");
        for (String path : List.of("/l/{lib}/pengaduan", "/l/{lib}/survei", "/api/v1/libraries/{lib}/complaints",
                "/api/v1/libraries/{lib}/surveys", "/l/{lib}/kartu/kode", "/l/{lib}/kartu/masuk",
                "/l/{lib}/kartu/keluar")) {
            everyone("POST", path, concrete(path));
        }
        everyone("POST", "/l/{lib}/daftar", "/l/sidoarjo/daftar");
        everyone("POST", "/l/{lib}/daftar/{token}", "/l/sidoarjo/daftar/t0");
        everyone("POST", "/api/v1/libraries/{lib}/registrations", "/api/v1/libraries/sidoarjo/registrations");
        everyone("GET", "/api/v1/regions/provinces", "/api/v1/regions/provinces");
        everyone("GET", "/api/v1/regions/provinces/{code}/regencies", "/api/v1/regions/provinces/36/regencies");
        everyone("GET", "/api/v1/regions/regencies/{code}/districts", "/api/v1/regions/regencies/36.02/districts");
        // The digital card: only for the member signed in with a one-time code, whoever else asks
        memberOnly("GET", "/l/{lib}/kartu/kartu.png", "/l/lebak/kartu/kartu.png");

        // Personal-data rights (privacy): the member's own pages and API, after a one-time code
        everyone("GET", "/l/{lib}/data-saya", "/l/lebak/data-saya");
        for (String path : List.of("/l/{lib}/data-saya/kode", "/l/{lib}/data-saya/masuk", "/l/{lib}/data-saya/keluar",
                "/l/{lib}/data-saya/permintaan", "/api/v1/libraries/{lib}/my-data/code",
                "/api/v1/libraries/{lib}/my-data/token")) {
            everyone("POST", path, concrete(path));
        }
        memberOnly("GET", "/l/{lib}/data-saya/data.json", "/l/lebak/data-saya/data.json");
        memberOnly("GET", "/api/v1/libraries/{lib}/my-data", "/api/v1/libraries/lebak/my-data");
        memberOnly("GET", "/api/v1/libraries/{lib}/my-data/requests", "/api/v1/libraries/lebak/my-data/requests");
        memberOnly("POST", "/api/v1/libraries/{lib}/my-data/requests", "/api/v1/libraries/lebak/my-data/requests");
        staffPage("GET", "/app/{lib}/privacy", "/app/lebak/privacy", Role.KASI);
        staffPage("POST", "/app/{lib}/privacy/requests/{id}/decision", "/app/lebak/privacy/requests/999999/decision",
                Role.KASI);
        for (String path : List.of("/app/{lib}/privacy/retention", "/app/{lib}/privacy/log",
                "/app/{lib}/privacy/log.csv")) {
            staffPage("GET", path, concrete(path), Role.KABID);
        }
        staffPage("POST", "/app/{lib}/privacy/retention", "/app/lebak/privacy/retention", Role.KABID);
        staffPage("POST", "/app/{lib}/privacy/retention/run", "/app/lebak/privacy/retention/run", Role.KABID);
        staffApi("GET", "/api/v1/libraries/{lib}/privacy-requests", "/api/v1/libraries/lebak/privacy-requests",
                Role.KASI);
        staffApi("GET", "/api/v1/libraries/{lib}/privacy-requests/{id}",
                "/api/v1/libraries/lebak/privacy-requests/999999", Role.KASI);
        staffApi("POST", "/api/v1/libraries/{lib}/privacy-requests/{id}/decision",
                "/api/v1/libraries/lebak/privacy-requests/999999/decision", Role.KASI);
        for (String path : List.of("/api/v1/libraries/{lib}/retention-settings",
                "/api/v1/libraries/{lib}/personal-data-log", "/api/v1/libraries/{lib}/personal-data-log.csv")) {
            staffApi("GET", path, concrete(path), Role.KABID);
        }
        staffApi("PUT", "/api/v1/libraries/{lib}/retention-settings", "/api/v1/libraries/lebak/retention-settings",
                Role.KABID);
        staffApi("POST", "/api/v1/libraries/{lib}/retention-runs", "/api/v1/libraries/lebak/retention-runs",
                Role.KABID);

        // Staff pages, by the least role that may use them
        staffPage("GET", "/app", "/app", Role.PETUGAS);
        for (String path : List.of("/app/{lib}", "/app/{lib}/service-times", "/app/{lib}/dashboard",
                "/app/{lib}/dashboard.xlsx", "/app/{lib}/dashboard.csv", "/app/{lib}/reports/monthly.pdf",
                "/app/{lib}/complaints", "/app/{lib}/complaints/new", "/app/{lib}/complaints/{code}",
                "/app/{lib}/guestbook", "/app/{lib}/guestbook/today", "/app/{lib}/ikm", "/app/{lib}/ikm.csv",
                "/app/{lib}/internet", "/app/{lib}/internet/panel", "/app/{lib}/kiosk", "/app/{lib}/members",
                "/app/{lib}/members/new", "/app/{lib}/members/similar", "/app/{lib}/members/{memberNumber}",
                "/app/{lib}/members/{memberNumber}/edit", "/app/{lib}/members/{memberNumber}/photo.jpg",
                "/app/{lib}/settings", "/app/{lib}/standards", "/app/{lib}/cards", "/app/{lib}/cards/handover",
                "/app/{lib}/cards/receipts", "/app/{lib}/cards/receipts.pdf",
                "/app/{lib}/cards/receipts/{id}/signature.png", "/app/{lib}/queue", "/app/{lib}/queue/kiosk",
                "/app/{lib}/queue/tickets/{caseId}", "/app/{lib}/cards/waiting", "/app/{lib}/cases",
                "/app/{lib}/cases/table")) {
            staffPage("GET", path, concrete(path), Role.PETUGAS);
        }
        for (String path : List.of("/app/{lib}/cards/design", "/app/{lib}/cards/design/logo.png",
                "/app/{lib}/cards/design/preview.png")) {
            staffPage("GET", path, concrete(path), Role.KASI);
        }
        staffPage("POST", "/app/{lib}/cards/design", "/app/lebak/cards/design", Role.KASI);
        staffPage("GET", "/app/{lib}/guestbook/settings", "/app/lebak/guestbook/settings", Role.KASI);
        staffPage("GET", "/app/{lib}/complaints/settings", "/app/lebak/complaints/settings", Role.KABID);
        staffPage("GET", "/app/{lib}/standards/{code}", "/app/lebak/standards/kta", Role.KABID);
        for (String path : List.of("/app/{lib}/complaints/new", "/app/{lib}/complaints/{code}/transition",
                "/app/{lib}/internet/queue", "/app/{lib}/internet/queue/{memberNumber}/cancel",
                "/app/{lib}/internet/sessions", "/app/{lib}/internet/sessions/{id}/end",
                "/app/{lib}/internet/sessions/{id}/tidied", "/app/{lib}/kiosk/visits", "/app/{lib}/members/new",
                "/app/{lib}/members/{memberNumber}/edit", "/app/{lib}/members/{memberNumber}/photo",
                "/app/{lib}/members/{memberNumber}/renewal", "/app/{lib}/members/{memberNumber}/replacement",
                "/app/{lib}/members/{memberNumber}/verification", "/app/{lib}/cards/batch",
                "/app/{lib}/cards/batches/{batchId}/reprint", "/app/{lib}/cards/handover",
                "/app/{lib}/cards/handover/phone-check", "/app/{lib}/cards/handover/phone-check/verify",
                "/app/{lib}/cards/lamination", "/app/{lib}/cards/single", "/app/{lib}/queue/tickets",
                "/app/{lib}/queue/next", "/app/{lib}/queue/{caseId}/call", "/app/{lib}/queue/{caseId}/skip",
                "/app/{lib}/cases", "/app/{lib}/cases/{caseId}/steps/{order}")) {
            staffPage("POST", path, concrete(path), Role.PETUGAS);
        }
        for (String path : List.of("/app/{lib}/guestbook/settings", "/app/{lib}/guestbook/settings/{list:purposes|rooms}",
                "/app/{lib}/guestbook/settings/{list:purposes|rooms}/{code}", "/app/{lib}/internet/settings",
                "/app/{lib}/internet/workstations", "/app/{lib}/internet/workstations/{id}/service",
                "/app/{lib}/members/{memberNumber}/deactivation", "/app/{lib}/members/{memberNumber}/nik")) {
            staffPage("POST", path, concrete(path), Role.KASI);
        }
        for (String path : List.of("/app/{lib}/complaints/settings", "/app/{lib}/settings/holidays",
                "/app/{lib}/settings/holidays/{date}/delete", "/app/{lib}/settings/hours",
                "/app/{lib}/settings/profile", "/app/{lib}/settings/handover", "/app/{lib}/standards/{code}")) {
            staffPage("POST", path, concrete(path), Role.KABID);
        }

        // Staff API
        for (String path : List.of("/api/v1/libraries/{lib}/service-times", "/api/v1/libraries/{lib}/dashboard",
                "/api/v1/libraries/{lib}/cards/batches", "/api/v1/libraries/{lib}/cards/queue",
                "/api/v1/libraries/{lib}/cards/waiting",
                "/api/v1/libraries/{lib}/complaints", "/api/v1/libraries/{lib}/complaints/{trackingCode}",
                "/api/v1/libraries/{lib}/ikm", "/api/v1/libraries/{lib}/internet-queue",
                "/api/v1/libraries/{lib}/internet-sessions/stats", "/api/v1/libraries/{lib}/members",
                "/api/v1/libraries/{lib}/members/{memberNumber}",
                "/api/v1/libraries/{lib}/members/{memberNumber}/card.pdf",
                "/api/v1/libraries/{lib}/members/{memberNumber}/photo", "/api/v1/libraries/{lib}/membership-settings",
                "/api/v1/libraries/{lib}/receipts", "/api/v1/libraries/{lib}/visits/stats",
                "/api/v1/libraries/{lib}/workstations", "/api/v1/libraries/{lib}/handover-settings",
                "/api/v1/libraries/{lib}/cases", "/api/v1/libraries/{lib}/cases/{caseId}",
                "/api/v1/libraries/{lib}/cases/{caseId}/ticket.pdf")) {
            staffApi("GET", path, concrete(path), Role.PETUGAS);
        }
        staffApi("GET", "/api/v1/libraries/{lib}/staff", "/api/v1/libraries/lebak/staff", Role.KEPALA);
        for (String path : List.of("/api/v1/libraries/{lib}/service-steps", "/api/v1/libraries/{lib}/cards/batch",
                "/api/v1/libraries/{lib}/cards/batches/{batchId}/reprint",
                "/api/v1/libraries/{lib}/complaints/{trackingCode}/transitions",
                "/api/v1/libraries/{lib}/internet-queue", "/api/v1/libraries/{lib}/internet-sessions",
                "/api/v1/libraries/{lib}/internet-sessions/{id}/end",
                "/api/v1/libraries/{lib}/internet-sessions/{id}/tidied", "/api/v1/libraries/{lib}/members",
                "/api/v1/libraries/{lib}/members/{memberNumber}/card/lamination",
                "/api/v1/libraries/{lib}/members/{memberNumber}/handover",
                "/api/v1/libraries/{lib}/members/{memberNumber}/phone-check",
                "/api/v1/libraries/{lib}/members/{memberNumber}/phone-check/verify",
                "/api/v1/libraries/{lib}/members/{memberNumber}/renewal",
                "/api/v1/libraries/{lib}/members/{memberNumber}/replacement",
                "/api/v1/libraries/{lib}/members/{memberNumber}/verification", "/api/v1/libraries/{lib}/visits",
                "/api/v1/libraries/{lib}/cases", "/api/v1/libraries/{lib}/cases/next",
                "/api/v1/libraries/{lib}/cases/{caseId}/call", "/api/v1/libraries/{lib}/cases/{caseId}/skip",
                "/api/v1/libraries/{lib}/cases/{caseId}/steps/{order}")) {
            staffApi("POST", path, concrete(path), Role.PETUGAS);
        }
        for (String path : List.of("/api/v1/libraries/{lib}/members/{memberNumber}/deactivation",
                "/api/v1/libraries/{lib}/members/{memberNumber}/nik-disclosure", "/api/v1/libraries/{lib}/workstations",
                "/api/v1/libraries/{lib}/workstations/{id}/service")) {
            staffApi("POST", path, concrete(path), Role.KASI);
        }
        staffApi("POST", "/api/v1/libraries/{lib}/holidays", "/api/v1/libraries/lebak/holidays", Role.KABID);
        staffApi("DELETE", "/api/v1/libraries/{lib}/holidays/{date}", "/api/v1/libraries/lebak/holidays/2030-01-01",
                Role.KABID);
        staffApi("PUT", "/api/v1/libraries/{lib}/members/{memberNumber}", "/api/v1/libraries/lebak/members/X-0000",
                Role.PETUGAS);
        staffApi("PUT", "/api/v1/libraries/{lib}/members/{memberNumber}/photo",
                "/api/v1/libraries/lebak/members/X-0000/photo", Role.PETUGAS);
        staffApi("PUT", "/api/v1/libraries/{lib}/service-hours", "/api/v1/libraries/lebak/service-hours", Role.KABID);
        staffApi("PUT", "/api/v1/libraries/{lib}/profile", "/api/v1/libraries/lebak/profile", Role.KABID);
        staffApi("PUT", "/api/v1/libraries/{lib}/handover-settings", "/api/v1/libraries/lebak/handover-settings",
                Role.KABID);
        // Ballot guard: flagged questionnaires seen by staff, decided on by KABID and up
        staffPage("GET", "/app/{lib}/ikm/flagged", "/app/lebak/ikm/flagged", Role.PETUGAS);
        staffPage("POST", "/app/{lib}/ikm/flagged/{response}", "/app/lebak/ikm/flagged/999999", Role.KABID);
        staffApi("GET", "/api/v1/libraries/{lib}/surveys/flagged", "/api/v1/libraries/lebak/surveys/flagged",
                Role.PETUGAS);
        staffApi("POST", "/api/v1/libraries/{lib}/surveys/{response}/review",
                "/api/v1/libraries/lebak/surveys/999999/review", Role.KABID);
        staffApi("PUT", "/api/v1/libraries/{lib}/service-standards/{code}",
                "/api/v1/libraries/lebak/service-standards/kta", Role.KABID);
        staffApi("PUT", "/api/v1/libraries/{lib}/membership-settings", "/api/v1/libraries/lebak/membership-settings",
                Role.KEPALA);
        staffApi("POST", "/api/v1/libraries/{lib}/staff", "/api/v1/libraries/lebak/staff", Role.ADMIN);
        staffApi("POST", "/api/v1/libraries/{lib}/staff/{id}/unlock", "/api/v1/libraries/lebak/staff/999999/unlock",
                Role.ADMIN);
        // Member imports (head of the library and the administrator)
        for (String path : List.of("/app/{lib}/import", "/app/{lib}/import/{uploadId}", "/app/{lib}/import/runs/{id}",
                "/app/{lib}/import/runs/{id}/progress", "/app/{lib}/import/runs/{id}/rejected.csv")) {
            staffPage("GET", path, concrete(path), Role.KEPALA);
        }
        for (String path : List.of("/app/{lib}/import", "/app/{lib}/import/file", "/app/{lib}/import/{uploadId}/preview",
                "/app/{lib}/import/{uploadId}/start", "/app/{lib}/import/{uploadId}/abandon", "/app/{lib}/import/settings")) {
            staffPage("POST", path, concrete(path), Role.KEPALA);
        }
        for (String path : List.of("/api/v1/libraries/{lib}/imports", "/api/v1/libraries/{lib}/imports/{id}",
                "/api/v1/libraries/{lib}/imports/{id}/rejected.csv")) {
            staffApi("GET", path, concrete(path), Role.KEPALA);
        }
        staffApi("POST", "/api/v1/libraries/{lib}/imports", "/api/v1/libraries/lebak/imports", Role.KEPALA);
        staffApi("POST", "/api/v1/libraries/{lib}/imports/{id}/photos", "/api/v1/libraries/lebak/imports/999999/photos",
                Role.KEPALA);
        staffPage("POST", "/app/{lib}/import/runs/{id}/photos", concrete("/app/{lib}/import/runs/{id}/photos"),
                Role.KEPALA);
        // Member exports back to SLiMS / INLISLite (head of the library and the administrator)
        for (String path : List.of("/app/{lib}/export", "/app/{lib}/export/file")) {
            staffPage("GET", path, concrete(path), Role.KEPALA);
        }
        staffPage("POST", "/app/{lib}/export/settings", concrete("/app/{lib}/export/settings"), Role.KEPALA);
        staffApi("GET", "/api/v1/libraries/{lib}/member-exports", "/api/v1/libraries/lebak/member-exports",
                Role.KEPALA);

        // Administration pages (administrator only)
        adminPage("GET", "/admin/staff", "/admin/staff");
        adminPage("POST", "/admin/staff", "/admin/staff");
        adminPage("POST", "/admin/staff/{id}/password", "/admin/staff/999999/password");
        adminPage("POST", "/admin/staff/{id}/enabled", "/admin/staff/999999/enabled");
        adminPage("POST", "/admin/staff/{id}/unlock", "/admin/staff/999999/unlock");
        adminPage("GET", "/admin/backups", "/admin/backups");
        adminPage("POST", "/admin/backups", "/admin/backups");
        adminPage("GET", "/admin/backups/{name}", "/admin/backups/serambi-20000101-000000Z.zip");
        // Backups of the running server (administrator only)
        staffApi("POST", "/api/v1/backups", "/api/v1/backups", Role.ADMIN);
        staffApi("GET", "/api/v1/backups", "/api/v1/backups", Role.ADMIN);
        staffApi("GET", "/api/v1/backups/{name}", "/api/v1/backups/serambi-20000101-000000Z.zip", Role.ADMIN);

        // A provincial library's oversight view (reports): counts of the libraries it oversees, set by the administrator
        for (String path : List.of("/app/{lib}/network", "/app/{lib}/network.xlsx", "/app/{lib}/network.csv")) {
            staffPage("GET", path, concrete(path), Role.KABID);
        }
        staffPage("POST", "/app/{lib}/network", "/app/lebak/network", Role.ADMIN);
        for (String path : List.of("/api/v1/libraries/{lib}/network", "/api/v1/libraries/{lib}/network/dashboard")) {
            staffApi("GET", path, concrete(path), Role.KABID);
        }
        staffApi("PUT", "/api/v1/libraries/{lib}/network", "/api/v1/libraries/lebak/network", Role.ADMIN);
    }

    /** A path to call for a pattern: library lebak, and ids that do not exist. */
    static String concrete(String pattern) {
        return pattern.replace("{lib}", "lebak").replace("{memberNumber}", "X-0000").replace("{id}", "999999")
                .replace("{batchId}", "999999").replace("{code}", "ZZZZZZZZZZ").replace("{trackingCode}", "ZZZZZZZZZZ")
                .replace("{token}", "t0").replace("{date}", "2030-01-01").replace("{list:purposes|rooms}", "purposes")
                .replace("{uploadId}", "00000000-0000-0000-0000-000000000000")
                .replace("{caseId}", "00000000-0000-0000-0000-000000000000").replace("{order}", "1");
    }

    /** The library roles in order; ADMIN stands for "administrator only". */
    enum Role {
        PETUGAS, KASI, KABID, KEPALA, ADMIN
    }

    private AccessMatrix() {
    }

    static void everyone(String method, String pattern, String path) {
        Map<Caller, Answer> answers = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            answers.put(caller, OK);
        }
        ENTRIES.add(new Entry(method, pattern, path, answers));
    }

    static void memberOnly(String method, String pattern, String path) {
        Map<Caller, Answer> answers = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            answers.put(caller, LOGIN);
        }
        ENTRIES.add(new Entry(method, pattern, path, answers));
    }

    static void staffApi(String method, String pattern, String path, Role least) {
        ENTRIES.add(new Entry(method, pattern, path, libraryAnswers(least, LOGIN)));
    }

    static void staffPage(String method, String pattern, String path, Role least) {
        Map<Caller, Answer> answers = libraryAnswers(least, LOGIN);
        if (!pattern.contains("{lib}")) {
            answers.put(Caller.OTHER_LIBRARY_KEPALA, OK);
        }
        ENTRIES.add(new Entry(method, pattern, path, answers));
    }

    static void adminPage(String method, String pattern, String path) {
        ENTRIES.add(new Entry(method, pattern, path, libraryAnswers(Role.ADMIN, LOGIN)));
    }

    private static Map<Caller, Answer> libraryAnswers(Role least, Answer anonymous) {
        Map<Caller, Answer> answers = new EnumMap<>(Caller.class);
        answers.put(Caller.ANONYMOUS, anonymous);
        for (Role role : List.of(Role.PETUGAS, Role.KASI, Role.KABID, Role.KEPALA)) {
            answers.put(Caller.valueOf(role.name()), role.ordinal() >= least.ordinal() ? OK : DENIED);
        }
        answers.put(Caller.OTHER_LIBRARY_KEPALA, DENIED);
        answers.put(Caller.ADMIN, OK);
        return answers;
    }

}
