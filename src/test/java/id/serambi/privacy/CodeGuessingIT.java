package id.serambi.privacy;

import static id.serambi.privacy.PrivacyFixtures.anApprovedMember;
import static id.serambi.support.PageSession.withoutCsrfToken;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.privacy.PrivacyFixtures.Member;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.PageSession;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** One-time codes cannot be guessed: a few wrong tries per code and per member, whatever the way in. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CodeGuessingIT {

    private static final String API = "/api/v1/libraries/lebak/my-data/";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    Api desk;
    Api anonymous;

    @BeforeEach
    void staff() {
        desk = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
        anonymous = Api.on(port);
    }

    @Test
    void aDataCodeDiesAfterFiveWrongTriesOverTheApi(CapturedOutput output) {
        Member member = anApprovedMember(desk);
        String right = requestCode(output, member);

        for (int i = 0; i < 5; i++) {
            Api.Response wrong = token(member, wrongCode(right));
            assertThat(wrong.json().get("code").asString()).as("try %d", i + 1).isEqualTo("CODE_WRONG");
        }
        Api.Response refused = token(member, right);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("CODE_TOO_MANY_ATTEMPTS");
        assertThat(refused.text()).doesNotContain(member.fullName());
    }

    @Test
    void aDataCodeDiesAfterFiveWrongTriesOnThePage(CapturedOutput output) {
        Member member = anApprovedMember(desk);
        PageSession phone = new PageSession(port);
        phone.get("/l/lebak/data-saya");
        phone.post("/l/lebak/data-saya/kode", Map.of("memberNumber", member.number(), "channel", "SMS"));
        String right = PrivacyFixtures.lastCodeFor(output, member.phoneE164());

        for (int i = 0; i < 5; i++) {
            assertThat(signInOnThePage(phone, member, wrongCode(right))).contains("Kode salah.");
        }
        String refused = signInOnThePage(phone, member, right);

        assertThat(refused).contains("Terlalu banyak percobaan").doesNotContain("id=\"member-name\"");
        assertThat(phone.get("/l/lebak/data-saya")).doesNotContain("id=\"member-name\"")
                .doesNotContain(member.fullName());
    }

    @Test
    void aMembersCodesLockAfterTenWrongTriesAcrossCodesAndPurposes(CapturedOutput output) {
        Member member = anApprovedMember(desk);
        String first = requestCode(output, member);
        for (int i = 0; i < 4; i++) {
            token(member, wrongCode(first));
        }
        PageSession phone = new PageSession(port);
        phone.get("/l/lebak/kartu");
        phone.post("/l/lebak/kartu/kode", Map.of("memberNumber", member.number(), "channel", "SMS"));
        String card = PrivacyFixtures.lastCodeFor(output, member.phoneE164());
        for (int i = 0; i < 5; i++) {
            phone.post("/l/lebak/kartu/masuk", Map.of("memberNumber", member.number(), "code", wrongCode(card)));
        }
        String third = requestCode(output, member);
        assertThat(token(member, wrongCode(third)).json().get("code").asString()).isEqualTo("CODE_WRONG");

        Api.Response locked = token(member, third);
        Api.Response again = anonymous.post(API + "code", Map.of("memberNumber", member.number(), "channel", "SMS"));

        assertThat(locked.status()).isEqualTo(422);
        assertThat(locked.json().get("code").asString()).isEqualTo("CODES_LOCKED");
        assertThat(again.status()).isEqualTo(202);
        assertThat(PrivacyFixtures.lastCodeFor(output, member.phoneE164())).as("no new code sent").isEqualTo(third);
    }

    @Test
    void theCodeRequestAnswersAlikeForAnUnknownNumberAMemberWithoutThatContactAndAMember(CapturedOutput output) {
        Member member = anApprovedMember(desk);
        Map<String, Object> noEmail = new HashMap<>(MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT));
        noEmail.remove("email");
        Api.Response created = desk.post("/api/v1/libraries/lebak/members", noEmail);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String withoutEmail = created.json().get("memberNumber").asString();

        Api.Response unknown = anonymous.post(API + "code", Map.of("memberNumber", "99999999", "channel", "EMAIL"));
        Api.Response noContact = anonymous.post(API + "code", Map.of("memberNumber", withoutEmail, "channel", "EMAIL"));
        Api.Response sent = anonymous.post(API + "code", Map.of("memberNumber", member.number(), "channel", "SMS"));

        for (Api.Response answer : List.of(unknown, noContact, sent)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
            assertThat(answer.text()).isEqualTo("{\"sentTo\":null}");
        }
        assertThat(PrivacyFixtures.lastCodeFor(output, member.phoneE164())).as("the member's code").isNotNull();
        PageSession phone = new PageSession(port);
        phone.get("/l/lebak/data-saya");
        String unknownPage = phone.post("/l/lebak/data-saya/kode",
                Map.of("memberNumber", "99999999", "channel", "SMS"));
        String memberPage = phone.post("/l/lebak/data-saya/kode",
                Map.of("memberNumber", member.number(), "channel", "SMS"));
        assertThat(withoutCsrfToken(memberPage))
                .isEqualTo(withoutCsrfToken(unknownPage).replace("99999999", member.number()));
    }

    private String requestCode(CapturedOutput output, Member member) {
        Api.Response sent = anonymous.post(API + "code", Map.of("memberNumber", member.number(), "channel", "SMS"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        return PrivacyFixtures.lastCodeFor(output, member.phoneE164());
    }

    private Api.Response token(Member member, String code) {
        return anonymous.post(API + "token", Map.of("memberNumber", member.number(), "code", code));
    }

    private static String signInOnThePage(PageSession phone, Member member, String code) {
        return phone.post("/l/lebak/data-saya/masuk", Map.of("memberNumber", member.number(), "code", code));
    }

    private static String wrongCode(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
