package id.serambi.cards;

import static id.serambi.cards.CardApiFixtures.anApprovedMember;
import static id.serambi.cards.CardApiFixtures.aPendingMember;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
class CardApiIT {

    private static final String LEBAK = "/api/v1/libraries/lebak";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    Api staff;

    @BeforeEach
    void signIn() {
        staff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
    }

    @Test
    void printsAnApprovedMembersCardAsPdfAndRecordsTheIssue() throws Exception {
        String number = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);

        Api.Response card = staff.get(LEBAK + "/members/" + number + "/card.pdf");

        assertThat(card.status()).as(card.toString()).isEqualTo(200);
        assertThat(card.contentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(card.bytes())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(pdf)).contains(number, "KARTU ANGGOTA PERPUSTAKAAN");
        }
        assertThat(issuesOf(number)).isEqualTo(1);
        assertThat(queueNumbers()).doesNotContain(number);
    }

    @Test
    void refusesToPrintTheCardOfAMemberNotYetApproved() {
        String number = aPendingMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);

        Api.Response refused = staff.get(LEBAK + "/members/" + number + "/card.pdf");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("MEMBER_NOT_APPROVED");
        assertThat(refused.json().get("detail").asString()).contains(number, "Menunggu verifikasi")
                .doesNotContain("PENDING_VERIFICATION");
        assertThat(issuesOf(number)).isZero();
    }

    @Test
    void refusesToPrintAnExpiredCardAndSaysWhenItExpired() {
        String number = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);
        jdbc.sql("update member set expires_on = date '2020-01-31' where member_number = ?").param(number).update();

        Api.Response refused = staff.get(LEBAK + "/members/" + number + "/card.pdf");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("MEMBER_NOT_APPROVED");
        assertThat(refused.json().get("detail").asString()).contains(number, "2020-01-31", "Perpanjang");
        assertThat(issuesOf(number)).isZero();
    }

    @Test
    void answersNotFoundForAnUnknownMemberNumber() {
        Api.Response missing = staff.get(LEBAK + "/members/LEBAK-1999-999999/card.pdf");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void refusesStaffOfAnotherLibrary() {
        String number = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);
        Api sidoarjo = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.KEPALA),
                TestUsers.PASSWORD);

        Api.Response refused = sidoarjo.get(LEBAK + "/members/" + number + "/card.pdf");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("FORBIDDEN_LIBRARY");
    }

    @Test
    void approvedMembersWaitInThePrintQueueUntilABatchPrintsThem() throws Exception {
        String first = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);
        String second = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);
        // The queue reads the front office's card copy, written once membership's approval has committed.
        Eventually.holds(() -> assertThat(queueNumbers()).contains(first, second));

        Api.Response batch = staff.post(LEBAK + "/cards/batch", Map.of("memberNumbers", List.of(first, second)));

        assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        assertThat(batch.contentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(batch.bytes())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isBetween(841f, 842f);
        }
        assertThat(queueNumbers()).doesNotContain(first, second);
        assertThat(staff.get(LEBAK + "/cards/batches").json().get(0).get("memberNumbers").toString())
                .contains(first, second);
    }

    @Test
    void refusesABatchWithAnUnknownOrUnapprovedNumberAndPrintsNothing() {
        String approved = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);
        String pending = aPendingMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);

        Api.Response refused = staff.post(LEBAK + "/cards/batch",
                Map.of("memberNumbers", List.of(approved, "LEBAK-1999-999998", pending)));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("CARDS_NOT_PRINTABLE");
        assertThat(MemberFixtures.fields(refused.json())).containsExactly("memberNumbers[1]", "memberNumbers[2]");
        assertThat(refused.text()).contains("LEBAK-1999-999998", pending);
        assertThat(issuesOf(approved)).isZero();
    }

    @Test
    void printingAgainRecordsTheNewCardAsReplacingTheOldOneAndTimesTheSteps() {
        Api sidoarjo = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.PETUGAS),
                TestUsers.PASSWORD);
        String number = anApprovedMember(sidoarjo, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);
        sidoarjo.get("/api/v1/libraries/sidoarjo/members/" + number + "/card.pdf");

        sidoarjo.get("/api/v1/libraries/sidoarjo/members/" + number + "/card.pdf");
        Api.Response laminated = sidoarjo.post("/api/v1/libraries/sidoarjo/members/" + number + "/card/lamination",
                Map.of());

        assertThat(laminated.status()).as(laminated.toString()).isEqualTo(200);
        assertThat(laminated.json().get("laminatedAt").isNull()).isFalse();
        List<Long[]> issues = jdbc.sql("select id, replaces_card_id from card_issue where member_number = ? order by id")
                .param(number).query((rs, row) -> new Long[] {rs.getLong(1), rs.getObject(2, Long.class)}).list();
        assertThat(issues).hasSize(2);
        assertThat(issues.get(0)[1]).isNull();
        assertThat(issues.get(1)[1]).as("the reprint replaces the first card").isEqualTo(issues.get(0)[0]);
        Eventually.holds(() -> assertThat(jdbc.sql("select checkpoint from case_step where case_ref = ?")
                .param(number).query(String.class).list()).contains("CARD_PRINTED", "CARD_LAMINATED"));
    }

    private int issuesOf(String number) {
        return jdbc.sql("select count(*) from card_issue where member_number = ?").param(number)
                .query(Integer.class).single();
    }

    private String queueNumbers() {
        return staff.get(LEBAK + "/cards/queue").text();
    }
}
