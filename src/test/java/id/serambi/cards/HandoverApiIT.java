package id.serambi.cards;

import static id.serambi.cards.CardApiFixtures.anApprovedMember;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.CraftedImages;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HandoverApiIT {

    private static final String LEBAK = "/api/v1/libraries/lebak/members/";

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
    void handingOverACardWritesTheReceiptBookWithTheTypedName() {
        String number = aMemberWithACard();

        Api.Response entry = staff.post(LEBAK + number + "/handover",
                Map.of("phoneConfirmed", true, "signatureName", "Budi Santoso"));

        assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
        assertThat(entry.json().get("memberNumber").asString()).isEqualTo(number);
        assertThat(entry.json().get("phoneCheck").asString()).isEqualTo("STAFF");
        assertThat(entry.json().get("signatureName").asString()).isEqualTo("Budi Santoso");
        assertThat(entry.json().get("staffName").asString()).startsWith("Petugas Uji");
        assertThat(staff.get("/api/v1/libraries/lebak/receipts").text()).contains(number);
    }

    @Test
    void keepsADrawnSignature() {
        String number = aMemberWithACard();
        String drawn = "data:image/png;base64," + Base64.getEncoder().encodeToString(
                MemberFixtures.anImage("png", 400, 150));

        Api.Response entry = staff.post(LEBAK + number + "/handover",
                Map.of("phoneConfirmed", false, "signaturePng", drawn));

        assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
        assertThat(entry.json().get("signatureDrawn").asBoolean()).isTrue();
        assertThat(entry.json().get("phoneCheck").asString()).isEqualTo("NONE");
    }

    @Test
    void refusesADrawnSignatureWhoseHeaderDeclaresAHugeImage() {
        String number = aMemberWithACard();
        String huge = "data:image/png;base64," + Base64.getEncoder().encodeToString(
                CraftedImages.aPngDeclaring(20_000, 20_000));

        Api.Response refused = staff.post(LEBAK + number + "/handover",
                Map.of("phoneConfirmed", false, "signaturePng", huge));
        Api.Response english = staff.in("en").post(LEBAK + number + "/handover",
                Map.of("phoneConfirmed", false, "signaturePng", huge));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("signaturePng");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("juta piksel");
        assertThat(english.json().get("errors").get(0).get("message").asString()).contains("million pixels");
    }

    @Test
    void refusesAHandOverWithoutSignatureOrBeforeTheCardIsPrinted() {
        String printed = aMemberWithACard();
        String notPrinted = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);

        Api.Response unsigned = staff.post(LEBAK + printed + "/handover", Map.of("phoneConfirmed", true));
        Api.Response early = staff.post(LEBAK + notPrinted + "/handover", Map.of("signatureName", "Budi"));

        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(MemberFixtures.fields(unsigned.json())).containsExactly("signatureName");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asString()).isEqualTo("NO_CARD_PRINTED");
    }

    @Test
    void aCodeSentToThePhoneConfirmsTheNumberAtTheHandOver(CapturedOutput output) {
        String number = aMemberWithACard();

        Api.Response sent = staff.post(LEBAK + number + "/phone-check", Map.of("channel", "SMS"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        assertThat(sent.json().get("sentTo").asString()).startsWith("****");
        String code = CardApiFixtures.lastCodeIn(output);
        Api.Response wrong = staff.post(LEBAK + number + "/phone-check/verify", Map.of("code", wrongCode(code)));
        Api.Response right = staff.post(LEBAK + number + "/phone-check/verify", Map.of("code", code));
        Api.Response entry = staff.post(LEBAK + number + "/handover",
                Map.of("phoneConfirmed", false, "signatureName", "Budi"));

        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("code").asString()).isEqualTo("CODE_WRONG");
        assertThat(right.status()).as(right.toString()).isEqualTo(200);
        assertThat(entry.json().get("phoneCheck").asString()).isEqualTo("CODE");
        assertThat(entry.json().get("phoneConfirmed").asBoolean()).isTrue();
    }

    @Test
    void refusesAnExpiredCode(CapturedOutput output) {
        String number = aMemberWithACard();
        staff.post(LEBAK + number + "/phone-check", Map.of());
        String code = CardApiFixtures.lastCodeIn(output);
        jdbc.sql("update card_code set expires_at = now() - interval '1 minute' where member_number = ?")
                .param(number).update();

        Api.Response expired = staff.post(LEBAK + number + "/phone-check/verify", Map.of("code", code));

        assertThat(expired.status()).isEqualTo(422);
        assertThat(expired.json().get("code").asString()).isEqualTo("CODE_EXPIRED");
    }

    @Test
    void aCodeDiesAfterFiveWrongTries(CapturedOutput output) {
        String number = aMemberWithACard();
        staff.post(LEBAK + number + "/phone-check", Map.of());
        String code = CardApiFixtures.lastCodeIn(output);
        for (int i = 0; i < 5; i++) {
            staff.post(LEBAK + number + "/phone-check/verify", Map.of("code", wrongCode(code)));
        }

        Api.Response refused = staff.post(LEBAK + number + "/phone-check/verify", Map.of("code", code));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("CODE_TOO_MANY_ATTEMPTS");
    }

    private String aMemberWithACard() {
        String number = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);
        assertThat(staff.get(LEBAK + number + "/card.pdf").status()).isEqualTo(200);
        return number;
    }

    private static String wrongCode(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
