package id.serambi.membership;

import static id.serambi.membership.MemberFixtures.anApplication;
import static id.serambi.membership.MemberFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

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
class MemberSearchIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Test
    void aNameSearchCountsEveryMatchWhateverPageIsAskedFor() {
        Api staff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
        String family = "Zulkarnain" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 26)
                .replaceAll("[0-9]", "q");
        List<String> numbers = new ArrayList<>();
        for (String first : List.of("Ahmad", "Citra", "Indra")) {
            var application = with(anApplication(MemberFixtures.LEBAK_DISTRICT), "fullName", first + " " + family);
            numbers.add(staff.post("/api/v1/libraries/lebak/members", application).json().get("memberNumber")
                    .asString());
        }
        String query = "/api/v1/libraries/lebak/members?size=2&q=" + family.toLowerCase();

        Api.Response first = staff.get(query + "&page=0");
        Api.Response second = staff.get(query + "&page=1");
        Api.Response beyond = staff.get(query + "&page=7");

        assertThat(first.json().get("total").asLong()).isEqualTo(3);
        assertThat(first.json().get("moreThanTotal").asBoolean()).isFalse();
        assertThat(first.json().get("items")).hasSize(2);
        assertThat(second.json().get("total").asLong()).isEqualTo(3);
        assertThat(second.json().get("items")).hasSize(1);
        assertThat(beyond.json().get("total").asLong()).isEqualTo(3);
        assertThat(beyond.json().get("items")).isEmpty();
        assertThat(first.text() + second.text()).contains(numbers);
    }

    @Test
    void aNameIsFoundWordByWordDespiteATypingSlipInAnyOrderAndOnlyInTheStaffsLibrary() {
        Api lebakStaff = deskStaffOf("lebak");
        Api jatengStaff = deskStaffOf("jateng");
        String family = "Wicaksono" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 26)
                .replaceAll("[0-9]", "q");
        String budi = register(lebakStaff, "lebak", "Budi " + family);
        String sri = register(lebakStaff, "lebak", "Sri Rahayu " + family);
        String jateng = register(jatengStaff, "jateng", "Budi " + family);

        // A letter left out of the first name, one changed in the family name, a part of it, and the words swapped.
        String changed = family.substring(0, 3) + "x" + family.substring(4);
        assertThat(numbers(lebakStaff, "lebak", "Bdi " + family)).containsExactly(budi);
        assertThat(numbers(lebakStaff, "lebak", "budi " + changed)).containsExactly(budi);
        assertThat(numbers(lebakStaff, "lebak", family.substring(0, 12))).containsExactlyInAnyOrder(budi, sri);
        assertThat(numbers(lebakStaff, "lebak", family + " Budi")).containsExactly(budi);
        assertThat(numbers(lebakStaff, "lebak", "Rahay " + family)).containsExactly(sri);
        assertThat(numbers(lebakStaff, "lebak", "Joko " + family)).isEmpty();
        assertThat(numbers(jatengStaff, "jateng", family)).containsExactly(jateng);
    }

    private Api deskStaffOf(String library) {
        return Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, library, Role.PETUGAS),
                TestUsers.PASSWORD);
    }

    private static String register(Api staff, String library, String name) {
        var application = with(anApplication(library.equals("lebak") ? MemberFixtures.LEBAK_DISTRICT
                : "337401"), "fullName", name);
        Api.Response created = staff.post("/api/v1/libraries/" + library + "/members", application);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("memberNumber").asString();
    }

    private static List<String> numbers(Api staff, String library, String query) {
        Api.Response found = staff.get("/api/v1/libraries/" + library + "/members?size=50&q="
                + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(found.status()).as(found.text()).isEqualTo(200);
        return found.json().get("items").valueStream().map(item -> item.get("memberNumber").asString()).toList();
    }

    @Test
    void aCardNumberFindsThatOneCardTypedInAnyCaseAndOnlyInTheStaffsLibrary() {
        Api lebakStaff = deskStaffOf("lebak");
        Api jatengStaff = deskStaffOf("jateng");
        String number = lebakStaff.post("/api/v1/libraries/lebak/members",
                anApplication(MemberFixtures.LEBAK_DISTRICT)).json().get("memberNumber").asString();

        Api.Response exact = lebakStaff.get("/api/v1/libraries/lebak/members?q=" + number);
        Api.Response lower = lebakStaff.get("/api/v1/libraries/lebak/members?q=" + number.toLowerCase());
        Api.Response elsewhere = jatengStaff.get("/api/v1/libraries/jateng/members?q=" + number);

        assertThat(exact.json().get("total").asLong()).isEqualTo(1);
        assertThat(exact.json().get("items").get(0).get("memberNumber").asString()).isEqualTo(number);
        assertThat(lower.json().get("total").asLong()).isEqualTo(1);
        assertThat(elsewhere.text()).doesNotContain(number);
    }
}
