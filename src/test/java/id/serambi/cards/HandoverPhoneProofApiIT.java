package id.serambi.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** Barito Utara's standard lets the applicant sign only once the phone is active and matches (step 6 of 002). */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HandoverPhoneProofApiIT {

    static final String BARUT_DISTRICT = "620501";
    private static final String BARUT = "/api/v1/libraries/barut/members/";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    Api staff;

    @BeforeEach
    void signIn() {
        staff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "barut", Role.PETUGAS),
                TestUsers.PASSWORD);
    }

    @Test
    void refusesBaritoUtarasHandOverWhileThePhoneIsUnconfirmedEvenWithTheBoxTicked() {
        PrintedMember member = aMemberWithACard(staff, "barut", BARUT_DISTRICT);

        Api.Response unticked = staff.post(BARUT + member.number() + "/handover",
                Map.of("phoneConfirmed", false, "signatureName", "Budi"));
        Api.Response ticked = staff.in("en").post(BARUT + member.number() + "/handover",
                Map.of("phoneConfirmed", true, "signatureName", "Budi"));

        assertThat(unticked.status()).as(unticked.toString()).isEqualTo(422);
        assertThat(unticked.json().get("code").asString()).isEqualTo("PHONE_NOT_CONFIRMED");
        assertThat(unticked.json().get("errors").get(0).get("field").asString()).isEqualTo("phoneShown");
        assertThat(unticked.json().get("errors").get(0).get("message").asString()).contains("belum terbukti");
        assertThat(ticked.status()).as(ticked.toString()).isEqualTo(422);
        assertThat(ticked.json().get("code").asString()).isEqualTo("PHONE_NOT_CONFIRMED");
        assertThat(ticked.json().get("errors").get(0).get("message").asString()).contains("not proven");
        assertThat(staff.get("/api/v1/libraries/barut/receipts").text()).doesNotContain(member.number());
    }

    @Test
    void acceptsBaritoUtarasHandOverWhenStaffTypeTheNumberTheMemberShows() {
        PrintedMember member = aMemberWithACard(staff, "barut", BARUT_DISTRICT);
        String shown = "+62 " + member.phone().substring(1, 4) + "-" + member.phone().substring(4);

        Api.Response entry = staff.post(BARUT + member.number() + "/handover",
                Map.of("phoneShown", shown, "signatureName", "Budi"));

        assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
        assertThat(entry.json().get("phoneConfirmed").asBoolean()).isTrue();
        assertThat(entry.json().get("phoneCheck").asString()).isEqualTo("STAFF");
        assertThat(staff.get("/api/v1/libraries/barut/receipts").text()).contains(member.number());
    }

    @Test
    void refusesANumberThatIsNotTheOneOnRecordAndWritesNothing() {
        PrintedMember member = aMemberWithACard(staff, "barut", BARUT_DISTRICT);
        String other = member.phone().endsWith("1") ? member.phone().substring(0, member.phone().length() - 1) + "2"
                : member.phone().substring(0, member.phone().length() - 1) + "1";

        Api.Response wrong = staff.post(BARUT + member.number() + "/handover",
                Map.of("phoneConfirmed", true, "phoneShown", other, "signatureName", "Budi"));
        Api.Response english = staff.in("en").post(BARUT + member.number() + "/handover",
                Map.of("phoneShown", "bukan nomor", "signatureName", "Budi"));

        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(422);
        assertThat(wrong.json().get("code").asString()).isEqualTo("PHONE_NOT_CONFIRMED");
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("phoneShown");
        assertThat(wrong.json().get("errors").get(0).get("message").asString()).contains("tidak sama");
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.json().get("errors").get(0).get("message").asString()).contains("not the number on record");
        assertThat(staff.get("/api/v1/libraries/barut/receipts").text()).doesNotContain(member.number());
    }

    @Test
    void acceptsBaritoUtarasHandOverAfterACodeSentToThePhoneWasConfirmed(CapturedOutput output) {
        PrintedMember member = aMemberWithACard(staff, "barut", BARUT_DISTRICT);
        assertThat(staff.post(BARUT + member.number() + "/phone-check", Map.of("channel", "SMS")).status())
                .isEqualTo(202);
        String code = CardApiFixtures.lastCodeIn(output);
        assertThat(staff.post(BARUT + member.number() + "/phone-check/verify", Map.of("code", code)).status())
                .isEqualTo(200);

        Api.Response entry = staff.post(BARUT + member.number() + "/handover", Map.of("signatureName", "Budi"));

        assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
        assertThat(entry.json().get("phoneCheck").asString()).isEqualTo("CODE");
    }

    @Test
    void aLibraryWhoseStandardDoesNotAskKeepsTheTickedOrUntickedBox() {
        Api lebak = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
        PrintedMember member = aMemberWithACard(lebak, "lebak", MemberFixtures.LEBAK_DISTRICT);

        Api.Response entry = lebak.post("/api/v1/libraries/lebak/members/" + member.number() + "/handover",
                Map.of("phoneConfirmed", false, "signatureName", "Budi"));

        assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
        assertThat(entry.json().get("phoneCheck").asString()).isEqualTo("NONE");
        assertThat(lebak.get("/api/v1/libraries/lebak/handover-settings").json()
                .get("requiresConfirmedPhone").asBoolean()).isFalse();
        assertThat(staff.get("/api/v1/libraries/barut/handover-settings").json()
                .get("requiresConfirmedPhone").asBoolean()).isTrue();
    }

    @Test
    void aKabidTurnsTheRuleOnForTheirLibraryAndADeskClerkCannot() {
        Api kabid = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.KABID),
                TestUsers.PASSWORD);
        Api clerk = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.PETUGAS),
                TestUsers.PASSWORD);
        String settings = "/api/v1/libraries/sidoarjo/handover-settings";
        PrintedMember member = aMemberWithACard(clerk, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);

        Api.Response denied = put(clerk, settings, "{\"requiresConfirmedPhone\": true}");
        Api.Response empty = put(kabid, settings, "{}");
        Api.Response on = put(kabid, settings, "{\"requiresConfirmedPhone\": true}");
        try {
            Api.Response refused = clerk.post("/api/v1/libraries/sidoarjo/members/" + member.number() + "/handover",
                    Map.of("phoneConfirmed", true, "signatureName", "Budi"));

            assertThat(denied.status()).isEqualTo(403);
            assertThat(empty.status()).isEqualTo(400);
            assertThat(MemberFixtures.fields(empty.json())).containsExactly("requiresConfirmedPhone");
            assertThat(on.status()).as(on.toString()).isEqualTo(200);
            assertThat(on.json().get("requiresConfirmedPhone").asBoolean()).isTrue();
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("code").asString()).isEqualTo("PHONE_NOT_CONFIRMED");
        } finally {
            assertThat(put(kabid, settings, "{\"requiresConfirmedPhone\": false}").status()).isEqualTo(200);
        }
    }

    private static Api.Response put(Api api, String path, String json) {
        return api.put(path, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    record PrintedMember(String number, String phone) {
    }

    /** An approved member with a printed card; {@code phone} as the application typed it (0812…). */
    static PrintedMember aMemberWithACard(Api staff, String library, String district) {
        Map<String, Object> application = new HashMap<>(MemberFixtures.anApplication(district));
        Api.Response created = staff.post("/api/v1/libraries/" + library + "/members", application);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().get("memberNumber").asString();
        String members = "/api/v1/libraries/" + library + "/members/";
        assertThat(staff.post(members + number + "/verification", Map.of("decision", "APPROVE", "note", "lengkap"))
                .status()).isEqualTo(200);
        assertThat(staff.get(members + number + "/card.pdf").status()).isEqualTo(200);
        return new PrintedMember(number, (String) application.get("phone"));
    }
}
