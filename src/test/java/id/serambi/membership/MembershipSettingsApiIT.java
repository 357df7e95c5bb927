package id.serambi.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
class MembershipSettingsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Test
    void theHeadOfAgencySetsTheNumberPatternAndNewMembersFollowIt() {
        Api head = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.KEPALA),
                TestUsers.PASSWORD);
        Api petugas = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.PETUGAS),
                TestUsers.PASSWORD);
        String path = "/api/v1/libraries/banyuwangi/membership-settings";

        Api.Response byPetugas = petugas.put(path, "application/json",
                "{\"numberPattern\":\"X{SEQ:3}\",\"renewalFrom\":\"TODAY\"}".getBytes());
        Api.Response invalid = head.put(path, "application/json",
                "{\"numberPattern\":\"BWI-{YYYY}\",\"renewalFrom\":\"KAPAN\"}".getBytes());
        Api.Response changed = head.put(path, "application/json",
                "{\"numberPattern\":\"BWI/{YY}/{SEQ:5}\",\"renewalFrom\":\"OLD_EXPIRY\"}".getBytes());
        Api.Response member = petugas.post("/api/v1/libraries/banyuwangi/members",
                MemberFixtures.anApplication("351001"));

        assertThat(byPetugas.status()).isEqualTo(403);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(MemberFixtures.fields(invalid.json())).containsExactlyInAnyOrder("numberPattern", "renewalFrom");
        assertThat(changed.json().get("renewalFrom").asString()).isEqualTo("OLD_EXPIRY");
        assertThat(member.status()).as(member.toString()).isEqualTo(201);
        assertThat(member.json().get("memberNumber").asString())
                .matches("BWI/" + String.format("%02d", LocalDate.now().getYear() % 100) + "/\\d{5}");
        assertThat(petugas.get(path).json().get("numberPattern").asString()).isEqualTo("BWI/{YY}/{SEQ:5}");
    }
}
