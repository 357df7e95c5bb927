package id.serambi.membership;

import static id.serambi.membership.MemberFixtures.anApplication;
import static id.serambi.membership.MemberFixtures.fields;
import static id.serambi.membership.MemberFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
class RegistrationApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    Api lebakStaff;

    @BeforeEach
    void signIn() {
        lebakStaff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
    }

    @Test
    void staffRegisterAMemberAtTheDeskAndSeeOnlyTheMaskedNik() {
        Map<String, Object> application = anApplication(MemberFixtures.LEBAK_DISTRICT);

        Api.Response created = lebakStaff.post("/api/v1/libraries/lebak/members", application);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().get("memberNumber").asString();
        assertThat(number).matches("LEBAK-\\d{4}-\\d{6}");
        assertThat(created.json().get("status").asString()).isEqualTo("PENDING_VERIFICATION");
        Api.Response member = lebakStaff.get("/api/v1/libraries/lebak/members/" + number);
        String nik = (String) application.get("nik");
        assertThat(member.text()).doesNotContain(nik).doesNotContain("Siti Rahayu");
        assertThat(member.json().get("member").get("nikMasked").asString())
                .isEqualTo(nik.substring(0, 4) + "********" + nik.substring(12));
        byte[] stored = jdbc.sql("select nik_cipher from member where member_number = ?").param(number)
                .query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(nik);
    }

    @Test
    void theMemberAnswersKeepTheirFieldsInOrder() {
        Api.Response created = lebakStaff.post("/api/v1/libraries/lebak/members",
                anApplication(MemberFixtures.LEBAK_DISTRICT));
        String number = created.json().get("memberNumber").asString();

        Api.Response member = lebakStaff.get("/api/v1/libraries/lebak/members/" + number);

        assertThat(names(created.json())).containsExactly("memberNumber", "status", "warnings");
        assertThat(names(member.json())).containsExactly("member", "documents", "history", "homeRegion");
        assertThat(names(member.json().get("member"))).containsExactly("memberId", "memberNumber", "fullName",
                "categoryCode", "categoryName", "status", "registeredOn", "expiresOn", "phoneE164", "email",
                "institution", "nikMasked", "birthPlace", "birthDate", "sex", "address", "channel", "replaces",
                "replacedBy");
        assertThat(names(member.json().get("history").get(0))).containsExactly("action", "note", "initials",
                "staffName", "at");
        assertThat(names(member.json().get("homeRegion"))).containsExactly("provinceCode", "provinceName",
                "regencyCode", "regencyName", "districtCode", "districtName");
    }

    private static List<String> names(tools.jackson.databind.JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }

    @Test
    void refusesAKnownNikWithAlreadyRegisteredAndShowsNothingOfTheOtherPerson() {
        Map<String, Object> first = anApplication(MemberFixtures.LEBAK_DISTRICT);
        String number = lebakStaff.post("/api/v1/libraries/lebak/members", first).json().get("memberNumber")
                .asString();
        Map<String, Object> again = with(anApplication(MemberFixtures.LEBAK_DISTRICT), "nik", first.get("nik"));

        Api.Response refused = lebakStaff.post("/api/v1/libraries/lebak/members", again);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("ALREADY_REGISTERED");
        assertThat(refused.json().get("detail").asString()).contains("meja layanan");
        assertThat(refused.text()).doesNotContain(number).doesNotContain((String) first.get("fullName"));
    }

    @Test
    void refusesBadInputFieldByFieldInBothLanguagesAndWritesNothing() {
        String name = MemberFixtures.aName();
        Map<String, Object> bad = with(with(with(with(with(anApplication(MemberFixtures.LEBAK_DISTRICT),
                "fullName", name), "nik", "36020130029912"), "phone", "12345"), "birthDate", "17-08-1990"),
                "consent", false);

        Api.Response indonesian = lebakStaff.post("/api/v1/libraries/lebak/members", bad);
        Api.Response english = lebakStaff.in("en").post("/api/v1/libraries/lebak/members",
                with(bad, "category", "astronot"));

        assertThat(indonesian.status()).isEqualTo(400);
        assertThat(fields(indonesian.json())).contains("nik", "phone", "birthDate", "consent");
        assertThat(fields(english.json())).contains("category");
        assertThat(indonesian.text()).contains("16 angka");
        assertThat(english.text()).contains("16 digits");
        assertThat(jdbc.sql("select count(*) from member where full_name = ?").param(name).query(Long.class)
                .single()).isZero();
    }

    @Test
    void refusesAnImpossibleNikDateAndASerialOfZeros() {
        Map<String, Object> application = anApplication(MemberFixtures.LEBAK_DISTRICT);
        String nik = (String) application.get("nik");

        Api.Response february30 = lebakStaff.post("/api/v1/libraries/lebak/members",
                with(application, "nik", nik.substring(0, 6) + "300290" + nik.substring(12)));
        Api.Response zeros = lebakStaff.post("/api/v1/libraries/lebak/members",
                with(application, "nik", nik.substring(0, 12) + "0000"));

        assertThat(february30.status()).isEqualTo(400);
        assertThat(february30.text()).contains("300290");
        assertThat(zeros.status()).isEqualTo(400);
        assertThat(zeros.text()).contains("0000");
    }

    @Test
    void acceptsAnUnknownRegionPrefixWithAWarningForStaff() {
        Map<String, Object> application = anApplication(MemberFixtures.LEBAK_DISTRICT);
        String nik = (String) application.get("nik");

        Api.Response created = lebakStaff.post("/api/v1/libraries/lebak/members",
                with(application, "nik", "369999" + nik.substring(6)));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("warnings").toString()).contains("369999");
    }

    @Test
    void keepsStaffOfAnotherLibraryOut() {
        Api jatengStaff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.PETUGAS),
                TestUsers.PASSWORD);

        Api.Response response = jatengStaff.post("/api/v1/libraries/lebak/members",
                anApplication(MemberFixtures.LEBAK_DISTRICT));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("FORBIDDEN_LIBRARY");
        assertThat(jatengStaff.get("/api/v1/libraries/lebak/members").status()).isEqualTo(403);
    }

    @Test
    void sidoarjoApplicantsRegisterOnlineWithoutSigningInButLebakOffersNoOnlineForm() {
        Api.Response online = Api.on(port).post("/api/v1/libraries/sidoarjo/registrations",
                anApplication(MemberFixtures.SIDOARJO_DISTRICT));
        Api.Response lebak = Api.on(port).post("/api/v1/libraries/lebak/registrations",
                anApplication(MemberFixtures.LEBAK_DISTRICT));

        assertThat(online.status()).as(online.toString()).isEqualTo(201);
        assertThat(online.json().get("memberNumber").asString()).startsWith("SIDOARJO-");
        assertThat(online.json().get("revisionUrl").asString()).startsWith("/l/sidoarjo/daftar/");
        assertThat(lebak.status()).isEqualTo(404);
    }

    @Test
    void refusesUniversityStudentFromOutsideTheRegency() {
        Api barut = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "barut", Role.PETUGAS),
                TestUsers.PASSWORD);
        Map<String, Object> student = with(with(with(anApplication("620501"), "category", "mahasiswa"),
                "institution", "Universitas Palangka Raya"), "documents", List.of(Map.of("type", "KTM")));

        Api.Response outside = barut.post("/api/v1/libraries/barut/members",
                with(student, "institutionRegion", "62.71"));
        Api.Response inside = barut.post("/api/v1/libraries/barut/members",
                with(with(student, "institutionRegion", "62.05"), "institution", "STIE Muara Teweh"));

        assertThat(outside.status()).isEqualTo(400);
        assertThat(fields(outside.json())).containsExactly("institutionRegion");
        assertThat(outside.text()).contains("Barito Utara");
        assertThat(inside.status()).as(inside.toString()).isEqualTo(201);
    }

    @Test
    void aMinorNeedsTheGuardiansConsent() {
        LocalDate born = LocalDate.now().minusYears(12);
        Map<String, Object> child = with(with(anApplication(MemberFixtures.LEBAK_DISTRICT), "birthDate",
                born.toString()), "nik", MemberFixtures.nik(MemberFixtures.LEBAK_DISTRICT, born, false));
        child = with(with(child, "sex", "M"), "documents", List.of(Map.of("type", "KARTU_PELAJAR")));

        Api.Response refused = lebakStaff.post("/api/v1/libraries/lebak/members", child);
        Api.Response accepted = lebakStaff.post("/api/v1/libraries/lebak/members",
                with(with(child, "guardianName", "Bapak Wali"), "guardianConsent", true));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.json())).contains("guardianName", "guardianConsent");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(jdbc.sql("""
                select given_by from member_consent c join member m on m.library_id = c.library_id
                and m.id = c.member_id where m.member_number = ?""")
                .param(accepted.json().get("memberNumber").asString()).query(String.class).single())
                .isEqualTo("GUARDIAN");
    }

    @Test
    void findsMembersByExactNikAndByANameWithATypo() {
        Map<String, Object> application = anApplication(MemberFixtures.LEBAK_DISTRICT);
        String number = lebakStaff.post("/api/v1/libraries/lebak/members", application).json()
                .get("memberNumber").asString();
        String name = (String) application.get("fullName");
        String typo = name.substring(0, name.length() - 2) + "x";

        Api.Response byNik = lebakStaff.get("/api/v1/libraries/lebak/members?q=" + application.get("nik"));
        Api.Response byName = lebakStaff.get("/api/v1/libraries/lebak/members?size=5&q="
                + java.net.URLEncoder.encode(typo, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(byNik.json().get("total").asLong()).isEqualTo(1);
        assertThat(byNik.json().get("items").get(0).get("memberNumber").asString()).isEqualTo(number);
        assertThat(byNik.text()).doesNotContain((String) application.get("nik"));
        assertThat(byName.json().get("items").toString()).contains(number);
        assertThat(lebakStaff.get("/api/v1/libraries/lebak/members?size=500").status()).isEqualTo(400);
    }
}
