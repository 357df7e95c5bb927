package id.serambi.membership;

import static id.serambi.membership.MemberFixtures.anApplication;
import static id.serambi.membership.MemberFixtures.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

/** The member's province, regency and district: the public lists, the checks, and what is stored and shown. */
@IntegrationTest
class HomeRegionIT {

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
    void anyoneReadsTheCascadingListsWhichMayBeCachedForADay() {
        Api anonymous = Api.on(port);

        Api.Response provinces = anonymous.get("/api/v1/regions/provinces");
        Api.Response regencies = anonymous.get("/api/v1/regions/provinces/36/regencies");
        Api.Response districts = anonymous.get("/api/v1/regions/regencies/36.02/districts");

        assertThat(provinces.status()).isEqualTo(200);
        assertThat(provinces.json().size()).isEqualTo(38);
        assertThat(provinces.header("Cache-Control")).contains("max-age=86400").contains("public");
        assertThat(regencies.json().valueStream().map(r -> r.get("code").asString())).contains("36.02")
                .allSatisfy(code -> assertThat(code).startsWith("36."));
        assertThat(districts.json().valueStream().map(r -> r.get("name").asString())).contains("Malingping");
        assertThat(districts.header("Cache-Control")).contains("max-age=86400");
    }

    @Test
    void anUnknownProvinceOrRegencyIsNotFound() {
        Api.Response province = Api.on(port).get("/api/v1/regions/provinces/99/regencies");
        Api.Response regency = Api.on(port).in("en").get("/api/v1/regions/regencies/36.99/districts");

        assertThat(province.status()).isEqualTo(404);
        assertThat(regency.status()).isEqualTo(404);
        assertThat(regency.json().get("detail").asString()).contains("36.99");
    }

    @Test
    void aMemberCarriesTheThreeCodesAndTheirNamesAreShown() {
        Map<String, Object> application = withRegion(anApplication(MemberFixtures.LEBAK_DISTRICT), "36", "36.02",
                "36.02.01");

        Api.Response created = staff.post("/api/v1/libraries/lebak/members", application);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().get("memberNumber").asString();
        Map<String, Object> stored = jdbc.sql("select province_code, regency_code, district_code from member "
                + "where member_number = ?").param(number).query().singleRow();
        assertThat(stored).containsEntry("province_code", "36").containsEntry("regency_code", "36.02")
                .containsEntry("district_code", "36.02.01");
        Api.Response member = staff.get("/api/v1/libraries/lebak/members/" + number);
        assertThat(member.json().get("homeRegion").get("districtName").asString()).isEqualTo("Malingping");
        assertThat(member.json().get("homeRegion").get("regencyName").asString()).isEqualTo("Kabupaten Lebak");
        assertThat(member.json().get("homeRegion").get("provinceName").asString()).isEqualTo("Banten");
    }

    @Test
    void aDistrictOutsideTheRegencyIsRefusedFieldByFieldInBothLanguagesAndNothingIsWritten() {
        Map<String, Object> application = withRegion(anApplication(MemberFixtures.LEBAK_DISTRICT), "36", "36.02",
                "35.15.01");

        Api.Response indonesian = staff.post("/api/v1/libraries/lebak/members", application);
        Api.Response english = staff.in("en").post("/api/v1/libraries/lebak/members", application);

        assertThat(indonesian.status()).isEqualTo(400);
        assertThat(fields(indonesian.json())).containsExactly("districtCode");
        assertThat(indonesian.text()).contains("Kecamatan Tarik tidak berada di Kabupaten Lebak");
        assertThat(english.text()).contains("The district Tarik is not in Kabupaten Lebak");
        assertThat(jdbc.sql("select count(*) from member where full_name = ?").param(application.get("fullName"))
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRegencyOfAnotherProvinceAndAnUnknownProvinceAreRefused() {
        Api.Response outside = staff.post("/api/v1/libraries/lebak/members",
                withRegion(anApplication(MemberFixtures.LEBAK_DISTRICT), "35", "36.02", null));
        Api.Response unknown = staff.post("/api/v1/libraries/lebak/members",
                withRegion(anApplication(MemberFixtures.LEBAK_DISTRICT), "99", null, null));

        assertThat(outside.status()).isEqualTo(400);
        assertThat(fields(outside.json())).containsExactly("regencyCode");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown.json())).containsExactly("provinceCode");
    }

    @Test
    void theKtaOnlineApiStillTakesAnApplicationWithoutRegionCodesAsApiMdDescribesIt() {
        Map<String, Object> application = anApplication(MemberFixtures.SIDOARJO_DISTRICT);
        application.remove("documents");

        Api.Response created = Api.on(port).post("/api/v1/libraries/sidoarjo/registrations", application);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void theOnlineFormRendersTheDistrictsOfTheLibrarysRegencyForBrowsersWithoutScript() {
        String online = Api.on(port).get("/l/sidoarjo/daftar").text();

        assertThat(online).contains("value=\"35.15.01\"").contains(">Tarik<").contains("/js/regions.js");
    }

    private static Map<String, Object> withRegion(Map<String, Object> application, String province, String regency,
            String district) {
        Map<String, Object> changed = new HashMap<>(application);
        changed.put("provinceCode", province);
        changed.put("regencyCode", regency);
        changed.put("districtCode", district);
        return changed;
    }
}
