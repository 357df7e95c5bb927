package id.serambi.cards;

import static id.serambi.cards.CardApiFixtures.anApprovedMember;
import static id.serambi.support.PageSession.withoutCsrfToken;
import static org.assertj.core.api.Assertions.assertThat;

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
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.PageSession;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** The digital card's sign-in on a phone, over real HTTP with the session cookie and CSRF token. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DigitalCardSignInIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    Api desk;

    @BeforeEach
    void staff() {
        desk = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.PETUGAS),
                TestUsers.PASSWORD);
    }

    @Test
    void aCardCodeDiesAfterFiveWrongTries(CapturedOutput output) {
        String number = anApprovedMember(desk, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);
        PageSession phone = new PageSession(port);
        String right = requestCode(phone, output, number);

        for (int i = 0; i < 5; i++) {
            assertThat(signIn(phone, number, wrongCode(right))).contains("Kode salah.");
        }
        String refused = signIn(phone, number, right);

        assertThat(refused).contains("Terlalu banyak percobaan");
        assertThat(phone.get("/l/sidoarjo/kartu")).doesNotContain("digital-card");
    }

    @Test
    void signingInGivesTheBrowserANewSessionId(CapturedOutput output) {
        String number = anApprovedMember(desk, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);
        PageSession phone = new PageSession(port);
        String code = requestCode(phone, output, number);
        String before = phone.sessionId();

        String card = signIn(phone, number, code);

        assertThat(card).contains("digital-card");
        assertThat(before).isNotNull();
        assertThat(phone.sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void theCodeRequestAnswersAlikeForAnUnknownAnUnapprovedAndAnApprovedNumber(CapturedOutput output) {
        String approved = anApprovedMember(desk, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);
        String pending = CardApiFixtures.aPendingMember(desk, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);
        PageSession phone = new PageSession(port);
        phone.get("/l/sidoarjo/kartu");

        String unknownPage = codePage(phone, "99999999");
        String pendingPage = codePage(phone, pending);
        String approvedPage = codePage(phone, approved);

        assertThat(CardApiFixtures.lastCodeIn(output)).as("the approved member's code was sent").isNotNull();
        assertThat(withoutCsrfToken(approvedPage)).doesNotContain("****")
                .isEqualTo(withoutCsrfToken(unknownPage).replace("99999999", approved));
        assertThat(withoutCsrfToken(pendingPage))
                .isEqualTo(withoutCsrfToken(unknownPage).replace("99999999", pending));
    }

    private static String codePage(PageSession phone, String number) {
        return phone.post("/l/sidoarjo/kartu/kode", Map.of("memberNumber", number, "channel", "SMS"));
    }

    private static String requestCode(PageSession phone, CapturedOutput output, String number) {
        phone.get("/l/sidoarjo/kartu");
        codePage(phone, number);
        return CardApiFixtures.lastCodeIn(output);
    }

    private static String signIn(PageSession phone, String number, String code) {
        return phone.post("/l/sidoarjo/kartu/masuk", Map.of("memberNumber", number, "code", code));
    }

    private static String wrongCode(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
