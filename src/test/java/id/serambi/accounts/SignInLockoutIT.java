package id.serambi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/**
 * Wrong passwords slow down the address that sends them, not the account's real user; guessing spread over many
 * addresses locks the account until an administrator unlocks it; every refusal of a sign-in reads alike. Client
 * addresses are set with X-Forwarded-For (the test client is a trusted proxy).
 */
@IntegrationTest
class SignInLockoutIT {

    private static final String PATH = "/api/v1/libraries/lebak/workstations";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Test
    void fiveWrongPasswordsFromAnAddressRefuseItEvenRightAfterAGoodOne() {
        String desk = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        String address = anAddress();
        assertThat(status(desk, TestUsers.PASSWORD, address)).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(status(desk, "salah-" + i, address)).isEqualTo(401);
        }

        Api.Response refused = from(address).as(desk, TestUsers.PASSWORD).get(PATH);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(850L, 900L);
        assertThat(refused.json().get("code").asString()).isEqualTo("RATE_LIMITED");
    }

    @Test
    void aStrangerCannotLockTheRealUserOut() {
        String desk = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        String stranger = anAddress();

        for (int i = 0; i < 40; i++) {
            assertThat(status(desk, "tebakan-" + i, stranger)).as("attempt %d", i).isIn(401, 429);
        }

        assertThat(status(desk, "tebakan-lagi", stranger)).isEqualTo(429);
        assertThat(status(desk, TestUsers.PASSWORD, anAddress())).as("the real user elsewhere").isEqualTo(200);
    }

    @Test
    void aGoodPasswordBetweenWrongOnesStartsTheCountAgain() {
        String desk = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        String address = anAddress();
        assertThat(status(desk, TestUsers.PASSWORD, address)).isEqualTo(200);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(status(desk, "salah-" + i, address)).isEqualTo(401);
            }
            assertThat(status(desk, TestUsers.PASSWORD, address)).as("round %d", round).isEqualTo(200);
        }
    }

    @Test
    void guessingSpreadOverManyAddressesLocksTheAccountUntilTheAdministratorUnlocksIt() {
        String desk = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        String known = anAddress();
        assertThat(status(desk, TestUsers.PASSWORD, known)).isEqualTo(200);

        guessFromTenAddresses(desk);

        assertThat(status(desk, TestUsers.PASSWORD, anAddress())).as("locked for a new address").isEqualTo(401);
        assertThat(status(desk, TestUsers.PASSWORD, known)).as("where the user signed in before").isEqualTo(200);

        long id = accounts.staffOf(libraries.require("lebak").id()).stream()
                .filter(account -> account.username().equals(desk)).findFirst().orElseThrow().id();
        Api.Response unlocked = Api.on(port).asAdmin().post("/api/v1/libraries/lebak/staff/" + id + "/unlock", "");
        assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
        assertThat(unlocked.json().get("unlockedBy").asString()).isEqualTo(TestUsers.ADMIN);
        assertThat(unlocked.json().get("unlockedAt").isNull()).isFalse();
        assertThat(status(desk, TestUsers.PASSWORD, anAddress())).isEqualTo(200);
    }

    @Test
    void anUnknownNameAWrongPasswordALockedAndADisabledAccountReadAlike() {
        String locked = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        guessFromTenAddresses(locked);
        String disabled = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        accounts.setEnabled(accounts.staffOf(libraries.require("lebak").id()).stream()
                .filter(account -> account.username().equals(disabled)).findFirst().orElseThrow().id(), false);
        String wrong = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);

        Api.Response unknown = from(anAddress()).as("tidak-ada-" + System.nanoTime(), TestUsers.PASSWORD).get(PATH);
        Api.Response wrongPassword = from(anAddress()).as(wrong, "salah-sandi-99").get(PATH);
        Api.Response lockedAccount = from(anAddress()).as(locked, TestUsers.PASSWORD).get(PATH);
        Api.Response disabledAccount = from(anAddress()).as(disabled, TestUsers.PASSWORD).get(PATH);

        for (Api.Response response : new Api.Response[] {wrongPassword, lockedAccount, disabledAccount}) {
            assertThat(response.status()).isEqualTo(unknown.status()).isEqualTo(401);
            for (String field : new String[] {"status", "code", "title", "detail"}) {
                assertThat(response.json().get(field)).as(field).isEqualTo(unknown.json().get(field));
            }
            assertThat(response.header("WWW-Authenticate")).isEqualTo(unknown.header("WWW-Authenticate"));
        }
    }

    /** 50 wrong passwords within the hour, five from each of ten addresses. */
    private void guessFromTenAddresses(String username) {
        for (int a = 0; a < 10; a++) {
            String address = anAddress();
            for (int i = 0; i < 5; i++) {
                assertThat(status(username, "tebakan-" + a + "-" + i, address)).isEqualTo(401);
            }
        }
    }

    private int status(String username, String password, String address) {
        return from(address).as(username, password).get(PATH).status();
    }

    private Api from(String address) {
        return Api.on(port).with("X-Forwarded-For", address);
    }

    private static String anAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.26." + (n / 250) + "." + (n % 250 + 1);
    }
}
