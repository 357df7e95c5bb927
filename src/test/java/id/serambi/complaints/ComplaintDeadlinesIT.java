package id.serambi.complaints;

import static id.serambi.complaints.ComplaintFixtures.aWebComplaint;
import static id.serambi.complaints.ComplaintFixtures.filed;
import static id.serambi.complaints.ComplaintFixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.complaints.internal.OverdueComplaintsJob;
import id.serambi.libraries.LibraryService;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ComplaintDeadlinesIT {

    @LocalServerPort
    int port;

    @Autowired
    LibraryService libraries;

    @Autowired
    ComplaintService complaints;

    @Autowired
    OverdueComplaintsJob overdueJob;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsAComplaintPastItsDeadlineAsOverdueAndReportsItOnce() {
        String code = filed(Api.on(port), "sidoarjo", aWebComplaint());
        String fresh = filed(Api.on(port), "sidoarjo", aWebComplaint());
        moveDeadlineIntoThePast(code);

        JsonNode overdue = Api.on(port).asAdmin().get("/api/v1/libraries/sidoarjo/complaints?overdue=true").json();
        overdueJob.notifyOverdue(libraries.require("sidoarjo"));

        assertThat(codes(overdue)).contains(code).doesNotContain(fresh);
        assertThat(jdbc.sql("select overdue_notified_at is not null from complaint where tracking_code = ?")
                .param(code).query(Boolean.class).single()).isTrue();
        assertThat(overdueJob.notifyOverdue(libraries.require("sidoarjo"))).isZero();
    }

    @Test
    void closesAResolvedComplaintAfterTheSilentPeriod() {
        Api admin = Api.on(port).asAdmin();
        String code = filed(Api.on(port), "sidoarjo", aWebComplaint());
        String path = "/api/v1/libraries/sidoarjo/complaints/" + code + "/transitions";
        admin.post(path, transition("VERIFIED", null, null));
        admin.post(path, transition("ANSWERED", null, "Sudah kami tindak lanjuti"));
        admin.post(path, transition("RESOLVED", null, null));
        moveDeadlineIntoThePast(code);

        complaints.closeAfterSilence(libraries.require("sidoarjo"));

        JsonNode closed = admin.get("/api/v1/libraries/sidoarjo/complaints/" + code).json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        JsonNode last = closed.get("timeline").get(closed.get("timeline").size() - 1);
        assertThat(last.get("staffAccountId").isNull()).isTrue();
    }

    private void moveDeadlineIntoThePast(String code) {
        jdbc.sql("update complaint set due_at = now() - interval '1 hour' where tracking_code = ?").param(code)
                .update();
    }

    private static List<String> codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.forEach(c -> codes.add(c.get("trackingCode").asString()));
        return codes;
    }
}
