package id.serambi.complaints;

import static id.serambi.complaints.ComplaintFixtures.aWebComplaint;
import static id.serambi.complaints.ComplaintFixtures.complaintsOf;
import static id.serambi.complaints.ComplaintFixtures.filed;
import static id.serambi.complaints.ComplaintFixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
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
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ComplaintApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void filesAWebComplaintAndAnswersAShortUnguessableTrackingCode() {
        String first = filed(Api.on(port), "lebak", aWebComplaint());
        String second = filed(Api.on(port), "lebak", aWebComplaint());

        assertThat(first).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}").isNotEqualTo(second);
        JsonNode status = Api.on(port).get("/api/v1/complaints/" + first).json();
        assertThat(status.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(status.get("library").asString()).isEqualTo("lebak");
        assertThat(status.get("timeline").size()).isEqualTo(1);
    }

    @Test
    void followsAComplaintThroughEveryStatusRecordingWhoAndWhen() {
        Api petugas = Api.on(port).as(staff("lebak", Role.PETUGAS), TestUsers.PASSWORD);
        Api kabid = Api.on(port).as(staff("lebak", Role.KABID), TestUsers.PASSWORD);
        String code = filed(petugas, "lebak", Map.of("channel", "SUGGESTION_BOX", "text", "Memo: toilet kotor"));
        String path = "/api/v1/libraries/lebak/complaints/" + code + "/transitions";

        assertThat(petugas.post(path, transition("VERIFIED", "diteruskan ke Kabid", null)).status()).isEqualTo(200);
        assertThat(kabid.post(path, transition("ANSWERED", "draf", "Toilet dibersihkan dua kali sehari")).status())
                .isEqualTo(200);
        assertThat(petugas.post(path, transition("RESOLUTION_RETURNED", "memo kembali", null)).status())
                .isEqualTo(200);
        assertThat(petugas.post(path, transition("RESOLVED", "draf diterapkan", null)).status()).isEqualTo(200);
        JsonNode closed = petugas.post(path, transition("CLOSED", null, null)).json();

        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        List<String> statuses = new ArrayList<>();
        closed.get("timeline").forEach(step -> {
            statuses.add(step.get("status").asString());
            assertThat(step.get("at").asString()).isNotBlank();
            assertThat(step.get("staffAccountId").isNull()).as(step.toString()).isFalse();
        });
        assertThat(statuses).containsExactly("RECEIVED", "VERIFIED", "ANSWERED", "RESOLUTION_RETURNED", "RESOLVED",
                "CLOSED");
        JsonNode status = Api.on(port).get("/api/v1/complaints/" + code).json();
        assertThat(status.get("response").asString()).isEqualTo("Toilet dibersihkan dua kali sehari");
        Eventually.holds(() -> assertThat(checkpoints(code)).containsExactlyInAnyOrder("COMPLAINT_RECORDED",
                "COMPLAINT_FORWARDED", "COMPLAINT_ANSWERED", "COMPLAINT_RESOLUTION_RETURNED", "COMPLAINT_RESOLVED"));
    }

    @Test
    void refusesAnAnswerFromARoleBelowTheOneTheProcedureNames() {
        Api petugas = Api.on(port).as(staff("lebak", Role.PETUGAS), TestUsers.PASSWORD);
        String code = filed(Api.on(port), "lebak", aWebComplaint());
        String path = "/api/v1/libraries/lebak/complaints/" + code + "/transitions";
        petugas.post(path, transition("VERIFIED", null, null));

        Api.Response answer = petugas.post(path, transition("ANSWERED", null, "Sudah kami perbaiki"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(Api.on(port).get("/api/v1/complaints/" + code).json().get("status").asString())
                .isEqualTo("VERIFIED");
    }

    @Test
    void refusesAStepTheWorkflowDoesNotAllow() {
        Api petugas = Api.on(port).as(staff("lebak", Role.PETUGAS), TestUsers.PASSWORD);
        String code = filed(Api.on(port), "lebak", aWebComplaint());

        Api.Response jump = petugas.post("/api/v1/libraries/lebak/complaints/" + code + "/transitions",
                transition("CLOSED", null, null));

        assertThat(jump.status()).isEqualTo(409);
        assertThat(jump.json().get("code").asString()).isEqualTo("TRANSITION_NOT_ALLOWED");
    }

    @Test
    void offersTheHandBackOfTheAnswerOnlyWhereTheProcedureHasThatStep() {
        Api admin = Api.on(port).asAdmin();
        String code = filed(Api.on(port), "barut", aWebComplaint());
        String path = "/api/v1/libraries/barut/complaints/" + code + "/transitions";
        admin.post(path, transition("VERIFIED", null, null));
        admin.post(path, transition("ANSWERED", null, "Jawaban tim"));

        Api.Response handBack = admin.post(path, transition("RESOLUTION_RETURNED", null, null));

        assertThat(handBack.status()).isEqualTo(409);
        assertThat(admin.post(path, transition("RESOLVED", null, null)).status()).isEqualTo(200);
    }

    @Test
    void publicStatusNeverShowsTheComplainantsNameContactOrText() {
        Map<String, Object> body = aWebComplaint();
        body.put("name", "Siti Rahmawati Uji");
        body.put("contact", "siti.uji@example.org");
        String code = filed(Api.on(port), "lebak", body);

        String status = Api.on(port).get("/api/v1/complaints/" + code).text();

        assertThat(status).doesNotContain("Siti", "siti.uji", "example.org", (String) body.get("text"));
        JsonNode staffView = Api.on(port).asAdmin().get("/api/v1/libraries/lebak/complaints/" + code).json();
        assertThat(staffView.get("name").asString()).isEqualTo("Siti Rahmawati Uji");
    }

    @Test
    void anAnonymousComplaintKeepsNoNameOrContact() {
        Map<String, Object> body = aWebComplaint();
        body.put("name", "Budi");
        body.put("contact", "0812345678");
        body.put("anonymous", true);
        String code = filed(Api.on(port), "lebak", body);

        JsonNode staffView = Api.on(port).asAdmin().get("/api/v1/libraries/lebak/complaints/" + code).json();

        assertThat(staffView.get("name").isNull()).isTrue();
        assertThat(staffView.get("contact").isNull()).isTrue();
    }

    @Test
    void refusesBadComplaintsFieldByFieldAndStoresNothing() {
        long before = complaintsOf(jdbc, "lebak");

        Api.Response empty = Api.on(port).post("/api/v1/libraries/lebak/complaints",
                Map.of("channel", "WEBSITE", "text", "   "));
        Api.Response unknownChannel = Api.on(port).post("/api/v1/libraries/lebak/complaints",
                Map.of("channel", "CARRIER_PIGEON", "text", "Halo"));
        Api.Response publicPhone = Api.on(port).post("/api/v1/libraries/lebak/complaints",
                Map.of("channel", "PHONE", "text", "Halo"));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(unknownChannel.status()).isEqualTo(400);
        assertThat(unknownChannel.json().get("errors").get(0).get("field").asString()).isEqualTo("channel");
        assertThat(publicPhone.status()).isEqualTo(400);
        assertThat(complaintsOf(jdbc, "lebak")).isEqualTo(before);
    }

    @Test
    void answersAnUnknownTrackingCodeWithNotFound() {
        Api.Response unknown = Api.on(port).get("/api/v1/complaints/ZZZZZZZZZZ");
        Api.Response junk = Api.on(port).get("/api/v1/complaints/not-a-code");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(junk.status()).isEqualTo(404);
    }

    @Test
    void keepsAnotherLibrarysStaffOut() {
        String code = filed(Api.on(port), "lebak", aWebComplaint());
        Api barut = Api.on(port).as(staff("barut", Role.KEPALA), TestUsers.PASSWORD);

        Api.Response look = barut.get("/api/v1/libraries/lebak/complaints/" + code);
        Api.Response move = barut.post("/api/v1/libraries/lebak/complaints/" + code + "/transitions",
                transition("VERIFIED", null, null));

        assertThat(look.status()).isEqualTo(403);
        assertThat(look.json().get("code").asString()).isEqualTo("FORBIDDEN_LIBRARY");
        assertThat(move.status()).isEqualTo(403);
    }

    @Test
    void showsThePublishedResponseEscapedOnThePublicPage() {
        Api kabid = Api.on(port).as(staff("lebak", Role.KABID), TestUsers.PASSWORD);
        String code = filed(Api.on(port), "lebak", aWebComplaint());
        String path = "/api/v1/libraries/lebak/complaints/" + code + "/transitions";
        kabid.post(path, transition("VERIFIED", null, null));
        kabid.post(path, transition("ANSWERED", null, "<script>alert(1)</script>"));

        String page = Api.on(port).get("/l/lebak/pengaduan/" + code).text();

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void setsTheFirstDeadlineThreeWorkingDaysAfterReceipt() {
        String code = filed(Api.on(port), "barut", aWebComplaint());

        JsonNode complaint = Api.on(port).asAdmin().get("/api/v1/libraries/barut/complaints/" + code).json();

        Instant received = Instant.parse(complaint.get("receivedAt").asString());
        Instant threeWorkingDaysLater = libraries.calendar(libraries.require("barut")).addWorkingDays(received, 3)
                .toInstant();
        assertThat(Instant.parse(complaint.get("dueAt").asString())).isEqualTo(threeWorkingDaysLater);
        assertThat(complaint.get("overdue").asBoolean()).isFalse();
    }

    private String staff(String library, Role role) {
        return StaffFixtures.aStaffMember(accounts, libraries, library, role);
    }

    private List<String> checkpoints(String code) {
        return jdbc.sql("select checkpoint from case_step where service_kind = 'COMPLAINT' and case_ref = ?")
                .param(code).query(String.class).list();
    }
}
