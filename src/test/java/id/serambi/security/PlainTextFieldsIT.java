package id.serambi.security;

import static id.serambi.membership.MemberFixtures.anApplication;
import static id.serambi.membership.MemberFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * One-line fields (names, birthplace, institution, ...) refuse line breaks, control characters, direction overrides
 * and invisible characters field by field; multi-line fields (a complaint, an address) keep their line breaks but
 * refuse the rest. Nothing is written for a refused request.
 */
@IntegrationTest
class PlainTextFieldsIT {

    private static final String RLO = "\u202E";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    Api desk;

    @BeforeEach
    void signIn() {
        desk = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
    }

    @Test
    void anOnlineRegistrationWithARightToLeftOverrideOrANewLineInTheNameIsRefusedFieldByField() {
        String name = MemberFixtures.aName();
        Map<String, Object> overridden = with(anApplication(MemberFixtures.SIDOARJO_DISTRICT), "fullName",
                RLO + name);
        Map<String, Object> forged = with(anApplication(MemberFixtures.SIDOARJO_DISTRICT), "fullName",
                name + "\n2026-01-01T00:00:00Z INFO FAKE");

        Api.Response refused = Api.on(port).post("/api/v1/libraries/sidoarjo/registrations", overridden);
        Api.Response english = Api.on(port).in("en").post("/api/v1/libraries/sidoarjo/registrations", forged);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(onlyError(refused).get("field").asString()).isEqualTo("fullName");
        assertThat(onlyError(refused).get("message").asString()).contains("satu baris", "U+202E");
        assertThat(english.status()).as(english.toString()).isEqualTo(400);
        assertThat(onlyError(english).get("field").asString()).isEqualTo("fullName");
        assertThat(onlyError(english).get("message").asString()).contains("one line", "text-direction marks");
        assertThat(jdbc.sql("select count(*) from member where full_name like ?").param("%" + name + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void everyOneLineFieldOfADeskRegistrationRefusesInvisibleAndControlCharacters() {
        for (String field : List.of("birthPlace", "motherMaidenName", "institution", "email")) {
            for (String hidden : List.of("\u200B", "\u2066", "\u001b[2J", "\t", "\u0085")) {
                Map<String, Object> application = with(anApplication(MemberFixtures.LEBAK_DISTRICT), field,
                        "Serang" + hidden);

                Api.Response refused = desk.post("/api/v1/libraries/lebak/members", application);

                assertThat(refused.status()).as(field + " with U+%04X", (int) hidden.charAt(0)).isEqualTo(400);
                assertThat(onlyError(refused).get("field").asString()).isEqualTo(field);
            }
        }
    }

    @Test
    void aMultiLineAddressKeepsItsLinesButNotADirectionOverride() {
        Map<String, Object> twoLines = with(anApplication(MemberFixtures.LEBAK_DISTRICT), "address",
                "Jl. Sunan Kalijaga No. 1\nRT 02 RW 03");
        Map<String, Object> overridden = with(anApplication(MemberFixtures.LEBAK_DISTRICT), "address",
                "Jl. Sunan Kalijaga No. 1" + RLO);

        Api.Response kept = desk.post("/api/v1/libraries/lebak/members", twoLines);
        Api.Response refused = desk.in("en").post("/api/v1/libraries/lebak/members", overridden);

        assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(onlyError(refused).get("field").asString()).isEqualTo("address");
        assertThat(onlyError(refused).get("message").asString()).contains("text-direction marks")
                .doesNotContain("one line");
    }

    @Test
    void guestBookComplaintAndStaffNamesAreCheckedToo() {
        Api.Response visitor = desk.post("/api/v1/libraries/lebak/visits", Map.of("visitorType", "NON_MEMBER",
                "name", "Budi" + RLO, "institution", "SMAN 1", "purpose", "READING"));
        Api.Response group = desk.post("/api/v1/libraries/lebak/visits", Map.of("visitorType", "GROUP",
                "groupName", "SD\u2060N 1", "groupSize", 20, "purpose", "READING"));
        Api.Response complaint = Api.on(port).post("/api/v1/libraries/lebak/complaints", Map.of("channel",
                "WEBSITE", "text", "Baris satu\nbaris dua", "name", "Budi\nSantoso"));
        Api.Response complaintText = Api.on(port).post("/api/v1/libraries/lebak/complaints", Map.of("channel",
                "WEBSITE", "text", "Ruang baca\u202Etutup", "name", "Budi Santoso"));
        Api.Response staff = Api.on(port).asAdmin().post("/api/v1/libraries/lebak/staff", Map.of("username",
                "petugas-" + System.nanoTime() % 100000, "password", "kata-sandi-kuat-1", "fullName",
                "Siti\u200DAminah", "roles", List.of("PETUGAS")));

        assertThat(onlyError(visitor).get("field").asString()).isEqualTo("name");
        assertThat(onlyError(group).get("field").asString()).isEqualTo("groupName");
        assertThat(onlyError(complaint).get("field").asString()).isEqualTo("name");
        assertThat(onlyError(complaintText).get("field").asString()).isEqualTo("text");
        assertThat(onlyError(staff).get("field").asString()).isEqualTo("fullName");
        assertThat(List.of(visitor, group, complaint, complaintText, staff)).allSatisfy(
                response -> assertThat(response.status()).as(response.toString()).isEqualTo(400));
    }

    private static JsonNode onlyError(Api.Response response) {
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.toString()).hasSize(1);
        return errors.get(0);
    }
}
