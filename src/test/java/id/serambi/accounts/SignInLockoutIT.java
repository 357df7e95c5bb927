package id.serambi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** The lockout still holds for API clients whose good password is remembered between requests. */
@IntegrationTest
class SignInLockoutIT {

    private static final String PATH = "/api/v1/libraries/lebak/workstations";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenRightAfterAGoodOne() {
        String desk = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        assertThat(status(desk, TestUsers.PASSWORD)).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(status(desk, "salah-" + i)).isEqualTo(401);
        }

        assertThat(status(desk, TestUsers.PASSWORD)).isEqualTo(401);
    }

    @Test
    void aGoodPasswordBetweenWrongOnesStartsTheCountAgain() {
        String desk = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        assertThat(status(desk, TestUsers.PASSWORD)).isEqualTo(200);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(status(desk, "salah-" + i)).isEqualTo(401);
            }
            assertThat(status(desk, TestUsers.PASSWORD)).as("round %d", round).isEqualTo(200);
        }
    }

    private int status(String username, String password) {
        return Api.on(port).as(username, password).get(PATH).status();
    }
}
