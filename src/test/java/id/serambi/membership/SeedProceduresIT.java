package id.serambi.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/**
 * Each seed library's desk procedure through the API, in both languages: register with the category's documents and
 * the home region, approve with the verifier's paraf, print the card; the steps of the library's procedure are
 * time-stamped.
 */
@IntegrationTest
class SeedProceduresIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} in {5}")
    @CsvSource({
            "lebak,    360201, 36, 36.02, 36.02.01, id, KTP",
            "jateng,   337401, 33, 33.74, 33.74.01, en, KTP",
            "barut,    620501, 62, 62.05, 62.05.01, id, SIM",
            "sidoarjo, 351501, 35, 35.15, 35.15.01, en, KTP" })
    void registersApprovesAndPrintsTheCardOfTheGeneralCategory(String library, String district, String province,
            String regency, String districtCode, String language, String document) {
        Api staff = Api.on(port).in(language)
                .as(StaffFixtures.aStaffMember(accounts, libraries, library, Role.PETUGAS), TestUsers.PASSWORD);
        Map<String, Object> application = MemberFixtures.anApplication(district);
        application.put("provinceCode", province);
        application.put("regencyCode", regency);
        application.put("districtCode", districtCode);
        application.put("documents", List.of(Map.of("type", document)));

        Api.Response created = staff.post("/api/v1/libraries/" + library + "/members", application);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().get("memberNumber").asString();
        String path = "/api/v1/libraries/" + library + "/members/" + number;
        assertThat(staff.get(path + "/card.pdf").status()).as("no card before approval").isEqualTo(409);
        Api.Response approved = staff.post(path + "/verification", Map.of("decision", "APPROVE"));
        Api.Response card = staff.get(path + "/card.pdf");

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.contentType()).startsWith("application/pdf");
        assertThat(staff.get(path).json().get("homeRegion").get("districtCode").asString()).isEqualTo(districtCode);
        Eventually.holds(() -> assertThat(jdbc.sql("select checkpoint from case_step where case_ref = ?")
                .param(number).query(String.class).list()).contains("DATA_VERIFIED"));
    }
}
