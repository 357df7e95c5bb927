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

    /** What a caller gets: served (any answer but 401/403/login), refused (403), asked to sign in (401 or the login page). */
    enum Answer {
        OK, DENIED, LOGIN
    }

    enum Caller {
        ANONYMOUS, PETUGAS, KASI, KABID, KEPALA, OTHER_LIBRARY_KEPALA, ADMIN
    }

    /** One endpoint: the mapping as declared, a concrete path to call, and the answer per caller. */
    record Entry(String method, String pattern, String path, Map<Caller, Answer> answers) {
    }

    static final List<Entry> ENTRIES = new ArrayList<>();

    static {
        // Public pages and API
        everyone("GET", "/", "/");
        everyone("GET", "/login", "/login");
        everyone("GET", "/l/{lib}", "/l/lebak");
        everyone("GET", "/l/{lib}/standards", "/l/lebak/standards");
        everyone("GET", "/api/v1/libraries", "/api/v1/libraries");
        everyone("GET", "/api/v1/libraries/{lib}/service-standards", "/api/v1/libraries/lebak/service-standards");
        everyone("GET", "/api/v1/libraries/{lib}/member-categories", "/api/v1/libraries/lebak/member-categories");

        // Staff pages
        staffPage("GET", "/app", "/app", Role.PETUGAS);
        staffPage("GET", "/app/{lib}", "/app/lebak", Role.PETUGAS);
        staffPage("GET", "/app/{lib}/service-times", "/app/lebak/service-times", Role.PETUGAS);

        // Staff API
        staffApi("GET", "/api/v1/libraries/{lib}/service-times",
                "/api/v1/libraries/lebak/service-times?from=2026-01-01&to=2026-01-31", Role.PETUGAS);
        staffApi("POST", "/api/v1/libraries/{lib}/service-steps", "/api/v1/libraries/lebak/service-steps",
                Role.PETUGAS);
        staffApi("GET", "/api/v1/libraries/{lib}/staff", "/api/v1/libraries/lebak/staff", Role.KEPALA);
        staffApi("POST", "/api/v1/libraries/{lib}/staff", "/api/v1/libraries/lebak/staff", Role.ADMIN);

        // Administration pages (administrator only)
        adminPage("GET", "/admin/staff", "/admin/staff");
        adminPage("POST", "/admin/staff", "/admin/staff");
        adminPage("POST", "/admin/staff/{id}/password", "/admin/staff/999999/password");
        adminPage("POST", "/admin/staff/{id}/enabled", "/admin/staff/999999/enabled");
        adminPage("POST", "/admin/staff/{id}/unlock", "/admin/staff/999999/unlock");
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

    /** A public write (rate-limited, no sign-in needed). */
    static void publicWrite(String method, String pattern, String path) {
        everyone(method, pattern, path);
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
