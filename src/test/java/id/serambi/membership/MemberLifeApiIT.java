package id.serambi.membership;

import static id.serambi.membership.MemberFixtures.anApplication;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
class MemberLifeApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MembershipService membership;

    Api staff;
    String number;
    String nik;

    @BeforeEach
    void registerAMember() {
        staff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
        var application = anApplication(MemberFixtures.LEBAK_DISTRICT);
        nik = String.valueOf(application.get("nik"));
        number = staff.post("/api/v1/libraries/lebak/members", application).json().get("memberNumber").asString();
    }

    @Test
    void keepsEveryVerificationRoundAndRecordsTheVerifiersParaf() {
        String path = "/api/v1/libraries/lebak/members/" + number;

        Api.Response noNote = staff.post(path + "/verification", Map.of("decision", "REVISE"));
        Api.Response revise = staff.post(path + "/verification", Map.of("decision", "REVISE",
                "note", "Alamat tidak sesuai KTP"));
        Api.Response approveTooEarly = staff.post(path + "/verification", Map.of("decision", "APPROVE"));
        Map<String, Object> corrected = MemberFixtures.with(anApplication(MemberFixtures.LEBAK_DISTRICT), "nik", "");
        Api.Response correct = staff.put(path, "application/json", json(corrected));
        Api.Response approve = staff.post(path + "/verification", Map.of("decision", "APPROVE"));

        assertThat(noNote.status()).isEqualTo(400);
        assertThat(MemberFixtures.fields(noNote.json())).containsExactly("note");
        assertThat(revise.json().get("status").asString()).isEqualTo("REVISION_REQUESTED");
        assertThat(approveTooEarly.status()).isEqualTo(409);
        assertThat(correct.status()).as(correct.toString()).isEqualTo(200);
        assertThat(correct.json().get("status").asString()).isEqualTo("PENDING_VERIFICATION");
        assertThat(approve.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approve.json().get("expiresOn").isNull()).isFalse();
        var history = staff.get(path).json().get("history");
        assertThat(history.valueStream().map(e -> e.get("action").asString()).toList())
                .containsExactly("REGISTERED", "REVISION_REQUESTED", "CORRECTED", "APPROVED");
        assertThat(history.get(3).get("initials").asString()).startsWith("PU");
        assertThat(history.get(3).get("staffName").asString()).startsWith("Petugas Uji lebak-petugas-");
        assertThat(history.get(1).get("note").asString()).isEqualTo("Alamat tidak sesuai KTP");
    }

    @Test
    void refusesAFakeImageAndAnOversizedOneAndReencodesARealPng() throws IOException {
        String path = "/api/v1/libraries/lebak/members/" + number + "/photo";

        Api.Response fake = staff.put(path, "image/jpeg", "bukan foto".getBytes(StandardCharsets.UTF_8));
        Api.Response oversized = staff.put(path, "image/jpeg", new byte[5 * 1024 * 1024 + 1]);
        Api.Response gif = staff.put(path, "image/gif", MemberFixtures.anImage("png", 300, 400));
        Api.Response real = staff.put(path, "image/png", MemberFixtures.anImage("png", 900, 900));

        assertThat(fake.status()).isEqualTo(415);
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.json().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(gif.status()).isEqualTo(415);
        assertThat(real.status()).as(real.toString()).isEqualTo(204);
        byte[] stored = membership.photo(libraries.require("lebak").id(), number).orElseThrow().jpeg();
        assertThat(stored[0] & 0xFF).isEqualTo(0xFF);
        var image = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(image.getWidth() * 4).isEqualTo(image.getHeight() * 3);
    }

    @Test
    void replacementBlocksTheOldNumberForGoodAndLinksTheNewOne() {
        String path = "/api/v1/libraries/lebak/members/" + number;
        staff.post(path + "/verification", Map.of("decision", "APPROVE"));

        Api.Response noDocument = staff.post(path + "/replacement", Map.of("reason", "LOST",
                "documents", List.of()));
        Api.Response replaced = staff.post(path + "/replacement", Map.of("reason", "LOST",
                "documents", List.of(Map.of("type", "KTP"))));

        assertThat(noDocument.status()).isEqualTo(400);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(201);
        String fresh = replaced.json().get("memberNumber").asString();
        assertThat(fresh).isNotEqualTo(number);
        MemberView old = membership.find(libraries.require("lebak").id(), number).orElseThrow();
        assertThat(old.status()).isEqualTo(MemberStatus.REPLACED);
        assertThat(old.replacedBy()).isEqualTo(fresh);
        assertThat(membership.find(libraries.require("lebak").id(), fresh).orElseThrow().status())
                .isEqualTo(MemberStatus.APPROVED);
        assertThat(staff.get("/api/v1/libraries/lebak/members?q=" + nik).text()).contains(number, fresh);
        assertThat(staff.post(path + "/renewal", Map.of()).status()).isEqualTo(409);
        assertThat(staff.post(path + "/verification", Map.of("decision", "APPROVE")).status()).isEqualTo(409);
    }

    @Test
    void onlyAKasiSeesTheFullNikAndEveryViewIsAudited() {
        Api kasi = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KASI),
                TestUsers.PASSWORD);
        String path = "/api/v1/libraries/lebak/members/" + number + "/nik-disclosure";

        Api.Response petugas = staff.post(path, Map.of("reason", "cek KTP"));
        Api.Response withoutReason = kasi.post(path, Map.of("reason", " "));
        Api.Response shown = kasi.post(path, Map.of("reason", "Pemeriksaan data ganda"));

        assertThat(petugas.status()).isEqualTo(403);
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(shown.json().get("nik").asString()).matches("\\d{16}");
        assertThat(jdbc.sql("""
                select count(*) from member_nik_disclosure d join member m on m.library_id = d.library_id
                and m.id = d.member_id where m.member_number = ? and d.reason = 'Pemeriksaan data ganda'""")
                .param(number).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void deactivationNeedsAKasiAndRenewalExtendsTheCard() {
        String path = "/api/v1/libraries/lebak/members/" + number;
        staff.post(path + "/verification", Map.of("decision", "APPROVE"));
        String firstExpiry = staff.get(path).json().get("member").get("expiresOn").asString();
        Api kasi = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KASI),
                TestUsers.PASSWORD);

        Api.Response renewed = staff.post(path + "/renewal", Map.of());
        Api.Response petugas = staff.post(path + "/deactivation", Map.of("reason", "Pindah domisili"));
        Api.Response deactivated = kasi.post(path + "/deactivation", Map.of("reason", "Pindah domisili"));

        assertThat(renewed.json().get("expiresOn").asString()).isEqualTo(firstExpiry);
        assertThat(petugas.status()).isEqualTo(403);
        assertThat(deactivated.json().get("status").asString()).isEqualTo("DEACTIVATED");
    }

    @Test
    void timestampsTheProcedureStepsOfTheCase() {
        staff.post("/api/v1/libraries/lebak/members/" + number + "/verification", Map.of("decision", "APPROVE"));

        Eventually.holds(() -> assertThat(jdbc.sql("""
                select checkpoint from case_step where service_kind = 'KTA_DESK' and case_ref = ?""")
                .param(number).query(String.class).list()).contains("DATA_VERIFIED"));
    }

    private static byte[] json(Map<String, Object> body) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsBytes(body);
    }
}
