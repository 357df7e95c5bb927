package id.serambi.complaints;

import static id.serambi.complaints.ComplaintFixtures.aWebComplaint;
import static id.serambi.complaints.ComplaintFixtures.filed;
import static id.serambi.complaints.ComplaintFixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.PageSession;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** A library's complaint settings as staff meet them: the defaults while none are saved, and refused changes. */
@IntegrationTest
class ComplaintSettingsIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLibraryThatSavedNoSettingsLetsTheKepalaBidangAnswerButNotAKepalaSeksi() {
        assertThat(jdbc.sql("select count(*) from complaint_settings s join library l on l.id = s.library_id"
                + " where l.code = 'banyuwangi'").query(Long.class).single()).as("banyuwangi saved no settings")
                .isZero();
        Api kasi = Api.on(port).as(staff("banyuwangi", Role.KASI), TestUsers.PASSWORD);
        Api kabid = Api.on(port).as(staff("banyuwangi", Role.KABID), TestUsers.PASSWORD);
        String path = "/api/v1/libraries/banyuwangi/complaints/" + filed(Api.on(port), "banyuwangi", aWebComplaint())
                + "/transitions";
        assertThat(kasi.post(path, transition("VERIFIED", null, null)).status()).isEqualTo(200);

        Api.Response byKasi = kasi.post(path, transition("ANSWERED", null, "Kipas angin ditambah"));
        Api.Response byKabid = kabid.post(path, transition("ANSWERED", null, "Kipas angin ditambah"));

        assertThat(byKasi.status()).as(byKasi.toString()).isEqualTo(403);
        assertThat(byKabid.status()).as(byKabid.toString()).isEqualTo(200);
    }

    @Test
    void refusesDaysOutsideOneToSixtyAndAnAdministratorBesideEachFieldInBothLanguagesAndSavesNothing() {
        PageSession kabid = signedIn(staff("sidoarjo", Role.KABID));
        String before = kabid.get("/app/sidoarjo/complaints/settings");
        Map<String, String> bad = Map.of("verifyDays", "0", "followUpDays", "61", "closeDays", "10",
                "answeringRole", "ADMIN");

        String indonesian = kabid.post("/app/sidoarjo/complaints/settings", bad);
        String english = kabid.post("/app/sidoarjo/complaints/settings?lang=en", bad);

        assertThat(indonesian).contains("Verifikasi dan teruskan dalam (hari kerja): Isi antara 1 dan 60 hari kerja.")
                .contains("Tindak lanjut dalam (hari kerja): Isi antara 1 dan 60 hari kerja.")
                .contains("Peran yang menanggapi: Pilih peran perpustakaan")
                .doesNotContain("Tutup setelah tanpa balasan (hari kerja): Isi");
        assertThat(english).contains("Verify and forward within (working days): Enter between 1 and 60 working days.")
                .contains("Follow up within (working days): Enter between 1 and 60 working days.")
                .contains("Role that answers: Choose a library role");
        assertThat(formValues(kabid.get("/app/sidoarjo/complaints/settings?lang=id"))).isEqualTo(formValues(before))
                .hasSize(4);
    }

    /** The days in the form's fields and the role selected, as the page shows them. */
    private static java.util.List<String> formValues(String page) {
        return java.util.regex.Pattern.compile("name=\"(?:verifyDays|followUpDays|closeDays)\"[^>]*value=\"(\\d+)\""
                + "|<option value=\"(\\w+)\" selected").matcher(page).results()
                .map(m -> m.group(1) != null ? m.group(1) : m.group(2)).toList();
    }

    private PageSession signedIn(String username) {
        PageSession session = new PageSession(port);
        session.get("/login");
        session.post("/login", Map.of("username", username, "password", TestUsers.PASSWORD));
        return session;
    }

    private String staff(String library, Role role) {
        return StaffFixtures.aStaffMember(accounts, libraries, library, role);
    }
}
