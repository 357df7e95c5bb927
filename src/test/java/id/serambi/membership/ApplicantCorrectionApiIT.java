package id.serambi.membership;

import static id.serambi.membership.MemberCorrectionApiIT.json;
import static id.serambi.membership.MemberCorrectionApiIT.messages;
import static id.serambi.membership.MemberFixtures.fields;
import static id.serambi.membership.MemberFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** The applicant's correction through the private link of KTA Online, by API: data and a new photo. */
@IntegrationTest
class ApplicantCorrectionApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    MembershipService membership;

    @Test
    void theApplicantSendsANewPhotoAndTheCorrectedDataWhenAskedAndOnlyOnce() {
        Map<String, Object> application = MemberFixtures.anApplication(MemberFixtures.SIDOARJO_DISTRICT);
        Api.Response registered = applicant().post("/api/v1/libraries/sidoarjo/registrations", application);
        String number = registered.json().get("memberNumber").asString();
        String link = link(registered);
        Api staff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.PETUGAS),
                TestUsers.PASSWORD);
        JsonNode waiting = applicant().get(link).json();
        Api.Response tooEarly = applicant().put(link, "application/json", json(application));
        staff.post("/api/v1/libraries/sidoarjo/members/" + number + "/verification",
                Map.of("decision", "REVISE", "note", "Foto buram, alamat tanpa RT/RW"));

        JsonNode asked = applicant().get(link).json();
        Api.Response photo = applicant().put(link + "/photo", "image/png", MemberFixtures.anImage("png", 480, 640));
        Map<String, Object> corrected = with(with(with(application, "nik", ""), "motherMaidenName", ""),
                "address", "Jl. Mawar 3 RT 01 RW 02, Sidoarjo");
        Api.Response sent = applicant().put(link, "application/json", json(corrected));
        Api.Response again = applicant().in("en").put(link, "application/json", json(corrected));
        Api.Response photoAfter = applicant().put(link + "/photo", "image/png",
                MemberFixtures.anImage("png", 300, 400));

        assertThat(waiting.get("status").asString()).isEqualTo("PENDING_VERIFICATION");
        assertThat(waiting.get("correctable").asBoolean()).isFalse();
        assertThat(waiting.get("application").isNull()).isTrue();
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("code").asString()).isEqualTo("REVISION_NOT_REQUESTED");
        assertThat(asked.get("revisionNote").asString()).isEqualTo("Foto buram, alamat tanpa RT/RW");
        assertThat(asked.get("application").get("fullName").asString()).isEqualTo(application.get("fullName"));
        assertThat(asked.get("application").get("nik").isNull()).isTrue();
        assertThat(asked.get("application").get("motherMaidenName").isNull()).isTrue();
        assertThat(asked.get("hasPhoto").asBoolean()).isFalse();
        assertThat(photo.status()).as(photo.text()).isEqualTo(204);
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        assertThat(sent.json().get("memberNumber").asString()).isEqualTo(number);
        assertThat(sent.json().get("status").asString()).isEqualTo("PENDING_VERIFICATION");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("REVISION_NOT_REQUESTED");
        assertThat(again.json().get("detail").asString()).contains("No correction is asked for");
        assertThat(photoAfter.status()).isEqualTo(409);
        MemberView member = membership.find(libraries.require("sidoarjo").id(), number).orElseThrow();
        assertThat(member.address()).isEqualTo("Jl. Mawar 3 RT 01 RW 02, Sidoarjo");
        assertThat(membership.photo(libraries.require("sidoarjo").id(), number)).isPresent();
        assertThat(applicant().get(link).json().get("hasPhoto").asBoolean()).isTrue();
    }

    @Test
    void aRefusedCorrectionNamesEachFieldInBothLanguagesAndAnUnknownLinkIsNotFound() {
        Map<String, Object> application = MemberFixtures.anApplication(MemberFixtures.SIDOARJO_DISTRICT);
        Api.Response registered = applicant().post("/api/v1/libraries/sidoarjo/registrations", application);
        String number = registered.json().get("memberNumber").asString();
        String link = link(registered);
        Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.PETUGAS), TestUsers.PASSWORD)
                .post("/api/v1/libraries/sidoarjo/members/" + number + "/verification",
                        Map.of("decision", "REVISE", "note", "Alamat belum lengkap"));
        Map<String, Object> bad = with(with(application, "email", "bukan-alamat"), "birthDate", "");

        Api.Response indonesian = applicant().put(link, "application/json", json(bad));
        Api.Response english = applicant().in("en").put(link, "application/json", json(bad));
        Api.Response notAnImage = applicant().put(link + "/photo", "image/jpeg", "bukan foto".getBytes());
        Api.Response unknown = applicant().in("en").put("/api/v1/libraries/sidoarjo/applications/bukan-token",
                "application/json", json(application));

        assertThat(indonesian.status()).as(indonesian.text()).isEqualTo(400);
        assertThat(fields(indonesian.json())).contains("email", "birthDate");
        assertThat(messages(indonesian.json())).contains("Alamat e-mail tidak sah.", "Wajib diisi.");
        assertThat(messages(english.json())).contains("This e-mail address is not valid.", "Required.");
        assertThat(notAnImage.status()).isEqualTo(415);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).contains("registration link is not known");
        assertThat(applicant().get(link).json().get("status").asString()).isEqualTo("REVISION_REQUESTED");
        assertThat(membership.photo(libraries.require("sidoarjo").id(), number)).isEmpty();
    }

    /** From a documentation address of its own, so that the public allowance of other tests is not spent. */
    private Api applicant() {
        return Api.on(port).with("X-Forwarded-For", "198.51.100.71");
    }

    private static String link(Api.Response registered) {
        String token = registered.json().get("revisionUrl").asString().replaceAll(".*/", "");
        return "/api/v1/libraries/sidoarjo/applications/" + token;
    }
}
