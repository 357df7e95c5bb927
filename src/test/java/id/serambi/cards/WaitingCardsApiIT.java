package id.serambi.cards;

import static id.serambi.cards.CardApiFixtures.anApprovedMember;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

/** The cards waiting at the desk for lamination or pick-up, as each library's published procedure has them. */
@IntegrationTest
class WaitingCardsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Test
    void sidoarjoDeskCardsWaitForLaminationThenForPickUpLongestWaitingFirst() {
        Api staff = staffOf("sidoarjo");
        String first = anApprovedMember(staff, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);
        String second = anApprovedMember(staff, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);
        print(staff, "sidoarjo", first);
        print(staff, "sidoarjo", second);

        Eventually.holds(() -> assertThat(numbers(waiting(staff, "sidoarjo"))).containsSubsequence(first, second));
        JsonNode printed = row(waiting(staff, "sidoarjo"), first);
        assertThat(printed.get("stage").asString()).isEqualTo("PRINTED");
        assertThat(printed.get("nextAction").asString()).isEqualTo("LAMINATE");
        assertThat(printed.get("name").asString()).isNotBlank();
        assertThat(printed.get("waitingSeconds").asLong()).isNotNegative();

        assertThat(staff.post("/api/v1/libraries/sidoarjo/members/" + first + "/card/lamination", Map.of()).status())
                .isEqualTo(200);

        List<JsonNode> afterLamination = waiting(staff, "sidoarjo");
        JsonNode laminated = row(afterLamination, first);
        assertThat(laminated.get("stage").asString()).isEqualTo("LAMINATED");
        assertThat(laminated.get("nextAction").asString()).isEqualTo("HAND_OVER");
        assertThat(Instant.parse(laminated.get("since").asString()))
                .isAfter(Instant.parse(row(afterLamination, second).get("since").asString()));
        assertThat(numbers(afterLamination)).as("waiting since lamination now, after the second card's printing")
                .containsSubsequence(second, first);

        Api.Response handedOver = staff.post("/api/v1/libraries/sidoarjo/members/" + first + "/handover",
                Map.of("phoneConfirmed", true, "signatureName", "Budi Santoso"));
        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(201);
        assertThat(numbers(waiting(staff, "sidoarjo"))).doesNotContain(first).contains(second);
    }

    @Test
    void aLibraryWithoutALaminationStepHasPrintedCardsWaitForPickUp() {
        Api staff = staffOf("lebak");
        String number = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);
        String notPrinted = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);
        print(staff, "lebak", number);

        Eventually.holds(() -> assertThat(numbers(waiting(staff, "lebak"))).contains(number));
        JsonNode row = row(waiting(staff, "lebak"), number);
        assertThat(row.get("stage").asString()).isEqualTo("PRINTED");
        assertThat(row.get("nextAction").asString()).isEqualTo("HAND_OVER");
        assertThat(numbers(waiting(staff, "lebak"))).doesNotContain(notPrinted);
    }

    @Test
    void anotherLibrarysStaffIsRefused() {
        Api.Response refused = staffOf("sidoarjo").get("/api/v1/libraries/lebak/cards/waiting");

        assertThat(refused.status()).isEqualTo(403);
    }

    private Api staffOf(String library) {
        return Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, library, Role.PETUGAS),
                TestUsers.PASSWORD);
    }

    private static void print(Api staff, String library, String number) {
        Api.Response card = staff.get("/api/v1/libraries/" + library + "/members/" + number + "/card.pdf");
        assertThat(card.status()).as(card.toString()).isEqualTo(200);
    }

    private static List<JsonNode> waiting(Api staff, String library) {
        Api.Response response = staff.get("/api/v1/libraries/" + library + "/cards/waiting");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        response.json().forEach(rows::add);
        return rows;
    }

    private static List<String> numbers(List<JsonNode> rows) {
        return rows.stream().map(row -> row.get("memberNumber").asString()).toList();
    }

    private static JsonNode row(List<JsonNode> rows, String number) {
        return rows.stream().filter(row -> row.get("memberNumber").asString().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError(number + " not waiting: " + rows));
    }
}
