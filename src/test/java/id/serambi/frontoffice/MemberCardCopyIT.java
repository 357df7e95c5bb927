package id.serambi.frontoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberCardChanged;
import id.serambi.membership.MemberFixtures;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import id.serambi.support.Outbox;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/**
 * The front office copies membership's card changes after commit (issue 33): a copy that fails leaves the
 * registration in place and its publication waiting to be resubmitted, and the door reads through to membership.
 */
@IntegrationTest
class MemberCardCopyIT {

    private static final String MEMBERS = "/api/v1/libraries/lebak/members";

    @LocalServerPort
    int port;
    @Autowired
    LibraryService libraries;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncompleteEventPublications publications;

    Api desk;

    @BeforeEach
    void setUp() {
        desk = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KASI), TestUsers.PASSWORD);
    }

    @Test
    void aFailingCopyLeavesTheRegistrationInPlaceAndIsResubmittedFromTheOutbox() {
        String name = "Budi Gagalsalin" + ThreadLocalRandom.current().nextInt(1_000_000) + " Santoso";
        String number;
        try (FailingCardCopy failing = FailingCardCopy.of(jdbc, name)) {
            Api.Response registered = desk.post(MEMBERS,
                    MemberFixtures.with(MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT), "fullName", name));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            number = registered.json().get("memberNumber").asString();
            Api.Response approved = desk.post(MEMBERS + "/" + number + "/verification",
                    Map.of("decision", "APPROVE", "note", "lengkap"));
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

            assertThat(jdbc.sql("select status from member where member_number = ?").param(number)
                    .query(String.class).single()).isEqualTo("APPROVED");
            Eventually.holds(() -> assertThat(Outbox.held(jdbc, "MemberCardListener", number))
                    .as("the copy's publications, failed and kept").isNotEmpty().containsOnly("FAILED"));
            assertThat(copiedFromEvents(number)).as("copies made").isEmpty();

            // The member walks to the door: the card is read through to membership and the first visit is marked.
            Api.Response scan = desk.post("/api/v1/libraries/lebak/visits", Map.of("memberNumber", number));
            assertThat(scan.status()).as(scan.toString()).isEqualTo(201);
            assertThat(scan.json().get("memberName").asString()).isEqualTo(name);
        }

        publications.resubmitIncompletePublications(publication -> publication.getEvent() instanceof MemberCardChanged
                change && change.memberNumber().equals(number));

        Eventually.holds(() -> {
            assertThat(Outbox.held(jdbc, "MemberCardListener", number)).as("publications left").isEmpty();
            assertThat(copiedFromEvents(number)).containsExactly("APPROVED, first scan kept");
        });
    }

    private java.util.List<String> copiedFromEvents(String number) {
        return jdbc.sql("""
                select status || case when first_scanned_at is null then '' else ', first scan kept' end
                from frontoffice_member_card where member_number = ? and changed_at > '-infinity'""")
                .param(number).query(String.class).list();
    }
}
