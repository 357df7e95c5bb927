package id.serambi.cards;

import static id.serambi.cards.CardApiFixtures.anApprovedMember;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

/** The print history: every run (batches and single cards), reprints of runs whose cards changed since, file names. */
@IntegrationTest
class CardPrintHistoryIT {

    private static final String LEBAK = "/api/v1/libraries/lebak";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    Api staff;

    @BeforeEach
    void signIn() {
        staff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
    }

    @Test
    void reprintOfABatchWithAReplacedCardPrintsTheRestAndNamesTheCardLeftOut() throws Exception {
        String kept = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);
        String lost = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);
        assertThat(staff.post(LEBAK + "/cards/batch", Map.of("memberNumbers", List.of(kept, lost))).status())
                .isEqualTo(200);
        long batchId = latestRun().get("id").asLong();
        Api.Response replaced = staff.post(LEBAK + "/members/" + lost + "/replacement",
                Map.of("reason", "LOST", "documents", List.of(Map.of("type", "KTP"))));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(201);

        Api.Response reprint = staff.post(LEBAK + "/cards/batches/" + batchId + "/reprint", Map.of());

        assertThat(reprint.status()).as(reprint.toString()).isEqualTo(200);
        assertThat(reprint.header("X-Cards-Left-Out")).isEqualTo(lost);
        try (PDDocument pdf = Loader.loadPDF(reprint.bytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(kept).doesNotContain(lost);
        }
        JsonNode run = latestRun();
        assertThat(run.get("id").asLong()).isNotEqualTo(batchId);
        assertThat(run.get("memberNumbers").toString()).contains(kept).doesNotContain(lost);
    }

    @Test
    void reprintOfABatchWhoseEveryCardWasReplacedPrintsNothingAndSaysWhy() {
        String lost = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);
        staff.post(LEBAK + "/cards/batch", Map.of("memberNumbers", List.of(lost)));
        long batchId = latestRun().get("id").asLong();
        staff.post(LEBAK + "/members/" + lost + "/replacement",
                Map.of("reason", "DAMAGED", "documents", List.of(Map.of("type", "KTP"))));

        Api.Response refused = staff.in("en").post(LEBAK + "/cards/batches/" + batchId + "/reprint", Map.of());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("CARDS_NOT_PRINTABLE");
        assertThat(refused.text()).contains(lost, "not approved");
        assertThat(latestRun().get("id").asLong()).isEqualTo(batchId);
    }

    @Test
    void aSingleCardPrintIsInThePrintHistoryAndReprintsAsOneCard() throws Exception {
        String number = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);

        assertThat(staff.get(LEBAK + "/members/" + number + "/card.pdf").status()).isEqualTo(200);

        JsonNode run = latestRun();
        assertThat(run.get("memberNumbers").toString()).isEqualTo("[\"" + number + "\"]");
        assertThat(run.get("single").asBoolean()).isTrue();
        Api.Response reprint = staff.post(LEBAK + "/cards/batches/" + run.get("id").asLong() + "/reprint", Map.of());
        assertThat(reprint.status()).as(reprint.toString()).isEqualTo(200);
        assertThat(reprint.header("Content-Disposition")).contains("kta-" + number + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(reprint.bytes())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("a card-sized page, not A4").isLessThan(300);
        }
    }

    @Test
    void batchPdfsAreNamedByTheLibraryTheDayAndTheBatch() {
        String number = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);

        Api.Response batch = staff.post(LEBAK + "/cards/batch", Map.of("memberNumbers", List.of(number)));

        JsonNode run = latestRun();
        String day = Instant.parse(run.get("printedAt").asString()).atZone(ZoneId.of("Asia/Jakarta")).toLocalDate()
                .toString();
        String expected = "kta-lebak-" + day + "-batch-" + run.get("id").asLong() + ".pdf";
        assertThat(batch.header("Content-Disposition")).contains("filename=\"" + expected + "\"");
        Api.Response reprint = staff.post(LEBAK + "/cards/batches/" + run.get("id").asLong() + "/reprint", Map.of());
        assertThat(reprint.header("Content-Disposition")).contains("kta-lebak-" + day + "-batch-")
                .doesNotContain(expected);
    }

    private JsonNode latestRun() {
        return staff.get(LEBAK + "/cards/batches").json().get(0);
    }
}
