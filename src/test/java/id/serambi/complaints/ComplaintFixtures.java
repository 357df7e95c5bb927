package id.serambi.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.support.Api;

/** Complaints for tests, each with fresh text so that tests never see each other's data. */
final class ComplaintFixtures {

    private ComplaintFixtures() {
    }

    static Map<String, Object> aWebComplaint() {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "WEBSITE");
        body.put("text", "Ruang baca terlalu panas " + UUID.randomUUID());
        return body;
    }

    /** Files a complaint through the public API and answers its tracking code. */
    static String filed(Api api, String library, Map<String, Object> body) {
        Api.Response response = api.post("/api/v1/libraries/" + library + "/complaints", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("trackingCode").asString();
    }

    static long complaintsOf(JdbcClient jdbc, String library) {
        return jdbc.sql("select count(*) from complaint c join library l on l.id = c.library_id where l.code = ?")
                .param(library).query(Long.class).single();
    }

    static Map<String, Object> transition(String status, String note, String response) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("note", note);
        body.put("response", response);
        return body;
    }
}
