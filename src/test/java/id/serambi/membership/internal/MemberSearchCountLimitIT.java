package id.serambi.membership.internal;

import static id.serambi.membership.MemberFixtures.anApplication;
import static id.serambi.membership.MemberFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.membership.MemberView;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/**
 * A name search counts and ranks its matches up to a limit for the first pages, and says "more than" beyond it; here
 * with a limit of three instead of a thousand. Its members come from the desk API, their names from words no other
 * test uses.
 */
@IntegrationTest
class MemberSearchCountLimitIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Identities identities;

    @Autowired
    TransactionTemplate transaction;

    Api staff;
    MemberSearch limitedToThree;

    @BeforeEach
    void setUp() {
        staff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
        limitedToThree = new MemberSearch(jdbc, identities, new NameCandidates(jdbc), 3);
    }

    @Test
    void aBroadWordIsCountedUpToTheLimitAndRankedAmongTheClosestWordsHolders() {
        String word = uniqueWord();
        List<String> exact = new ArrayList<>();
        for (String first : List.of("Ahmad", "Citra", "Indra", "Joko")) {
            exact.add(register(first + " " + word));
        }
        List<String> containing = List.of(register("Ahmad " + word + "an"), register("Citra " + word + "an"));

        MemberSearch.Page first = search(word, 0, 2);
        MemberSearch.Page beyond = search(word, 1, 2);

        assertThat(first.moreThanTotal()).isTrue();
        assertThat(first.total()).isEqualTo(3);
        assertThat(numbers(first)).hasSize(2).isSubsetOf(exact);
        // A page past the limit is ranked among every match, and counts them all.
        assertThat(beyond.moreThanTotal()).isFalse();
        assertThat(beyond.total()).isEqualTo(6);
        assertThat(numbers(beyond)).hasSize(2).doesNotContainAnyElementsOf(containing);
        assertThat(numbers(search(word, 2, 2))).containsExactlyInAnyOrderElementsOf(containing);
    }

    @Test
    void severalWordsAreCountedUpToTheLimitAndExactlyBelowIt() {
        String word = uniqueWord();
        String other = uniqueWord();
        for (String first : List.of("Ahmad", "Citra", "Indra", "Joko")) {
            register(first + " " + word + " " + other);
        }
        String narrower = uniqueWord();
        register("Budi " + word + " " + narrower);
        register("Sri " + word + " " + narrower);

        MemberSearch.Page broad = search(word + " " + other, 0, 2);
        MemberSearch.Page narrow = search(narrower + " " + word, 0, 2);

        assertThat(broad.moreThanTotal()).isTrue();
        assertThat(broad.total()).isEqualTo(3);
        assertThat(broad.items()).hasSize(2);
        assertThat(narrow.moreThanTotal()).isFalse();
        assertThat(narrow.total()).isEqualTo(2);
    }

    @Test
    void membersHoldingTwoOfTheWordsCandidatesAreCountedOnce() {
        String word = uniqueWord();
        // Each of these is read once for the word and once for the word containing it: five reads, three members.
        List<String> numbers = List.of(register(word + " " + word + "an"), register(word + "an " + word),
                register("Ahmad " + word));

        MemberSearch.Page found = search(word, 0, 3);

        assertThat(found.moreThanTotal()).isFalse();
        assertThat(found.total()).isEqualTo(3);
        assertThat(numbers(found)).containsExactlyInAnyOrderElementsOf(numbers);
    }

    private MemberSearch.Page search(String query, int page, int size) {
        return transaction.execute(status -> limitedToThree.search(libraries.require("lebak").id(),
                query, page, size));
    }

    private String register(String name) {
        Api.Response created = staff.post("/api/v1/libraries/lebak/members",
                with(anApplication(MemberFixtures.LEBAK_DISTRICT), "fullName", name));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("memberNumber").asString();
    }

    private static List<String> numbers(MemberSearch.Page page) {
        return page.items().stream().map(MemberView::memberNumber).toList();
    }

    /** A word of letters no other test's names hold. */
    private static String uniqueWord() {
        return "Qorvak" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 26).replaceAll("[0-9]", "q");
    }
}
