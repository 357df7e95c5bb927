package id.serambi.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

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

/**
 * A staff search that cannot finish within its statement timeout (2 s) answers "refine the search" instead of waiting:
 * here the library's word list is held by another transaction, so the search would otherwise wait as long as it is
 * held. The API answers 422 SEARCH_TOO_BROAD in both languages, the staff page says it beside the search box.
 */
@IntegrationTest
class MemberSearchTimeoutIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    DataSource dataSource;

    @Test
    void aSearchPastItsTimeIsAskedToBeRefinedInBothLanguages() throws Exception {
        String username = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        Api staff = Api.on(port).as(username, TestUsers.PASSWORD);
        PageSession desk = new PageSession(port);
        desk.get("/login");
        desk.post("/login", Map.of("username", username, "password", TestUsers.PASSWORD));
        assertThat(staff.get("/api/v1/libraries/lebak/members?q=Budi").status()).isEqualTo(200);

        Api.Response indonesian;
        Api.Response english;
        String page;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("lock table member_name_word in access exclusive mode");
            }
            indonesian = staff.get("/api/v1/libraries/lebak/members?q=Budi");
            english = staff.in("en").get("/api/v1/libraries/lebak/members?q=Budi&lang=en");
            page = desk.get("/app/lebak/members?q=Budi");
            holder.rollback();
        }

        assertThat(indonesian.status()).as(indonesian.text()).isEqualTo(422);
        assertThat(indonesian.json().get("code").asString()).isEqualTo("SEARCH_TOO_BROAD");
        assertThat(indonesian.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
        assertThat(indonesian.json().get("detail").asString()).contains("persempit pencarian");
        assertThat(english.status()).as(english.text()).isEqualTo(422);
        assertThat(english.json().get("detail").asString()).contains("refine the search");
        assertThat(page).as("said on the search page").contains("persempit pencarian").contains("name=\"q\"");
        // The search's own settings ended with its transaction.
        assertThat(staff.get("/api/v1/libraries/lebak/members?q=Budi").status()).isEqualTo(200);
    }
}
