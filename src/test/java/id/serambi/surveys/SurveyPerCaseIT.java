package id.serambi.surveys;

import static id.serambi.surveys.SurveyFixtures.aQuestionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.cases.CaseDesk;
import id.serambi.cases.CaseTickets;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.PageSession;

/** The questionnaire reached from a ticket's QR code: linked to that case, answered once. */
@IntegrationTest
class SurveyPerCaseIT {

    @LocalServerPort
    int port;

    @Autowired
    LibraryService libraries;

    @Autowired
    CaseDesk desk;

    @Autowired
    CaseTickets tickets;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaseIsAnsweredOnceThroughTheApiAndTheSecondIsRefusedInBothLanguages() {
        Library lebak = libraries.require("lebak");
        UUID caseId = desk.open(lebak, "kta").caseId();
        String token = token(lebak, caseId);
        Map<String, Object> answer = aQuestionnaire(null, Collections.nCopies(9, 3));
        answer.put("caseToken", token);

        Api.Response first = Api.on(port).post("/api/v1/libraries/lebak/surveys", answer);
        Api.Response second = Api.on(port).post("/api/v1/libraries/lebak/surveys", answer);
        Api.Response english = Api.on(port).in("en").post("/api/v1/libraries/lebak/surveys", answer);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(jdbc.sql("select service_code from survey_response where case_id = ?").param(caseId)
                .query(String.class).list()).containsExactly("kta");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("code").asString()).isEqualTo("SURVEY_CASE_ANSWERED");
        assertThat(second.text()).contains("sudah diisi");
        assertThat(english.text()).contains("answered already");
        answer.put("caseToken", "not-a-token-of-any-case");
        assertThat(Api.on(port).post("/api/v1/libraries/lebak/surveys", answer).status()).isEqualTo(404);
    }

    @Test
    void thePublicFormTakesTheTicketsLinkOnceAndSaysSoAfterwards() {
        Library lebak = libraries.require("lebak");
        UUID caseId = desk.open(lebak, "kta").caseId();
        String token = token(lebak, caseId);
        PageSession visitor = new PageSession(port);
        String form = visitor.get("/l/lebak/survei?kasus=" + token);
        assertThat(form).contains("name=\"caseToken\"", token);

        visitor.post("/l/lebak/survei", formOf(token));

        Api.Response again = Api.on(port).get("/l/lebak/survei?kasus=" + token);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("sudah diisi").doesNotContain("name=\"caseToken\"");
        assertThat(visitor.get("/l/lebak/survei?kasus=" + token + "&lang=en")).contains("answered already");
        String refusedPost = visitor.post("/l/lebak/survei", formOf(token));
        assertThat(refusedPost).as("the visitor chose English above").contains("answered already");
        assertThat(jdbc.sql("select count(*) from survey_response where case_id = ?").param(caseId)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theAnonymousQuestionnaireStillWorks() {
        Api.Response plain = Api.on(port).post("/api/v1/libraries/lebak/surveys",
                aQuestionnaire("kta", Collections.nCopies(9, 3)));
        assertThat(plain.status()).as(plain.toString()).isEqualTo(201);
    }

    private String token(Library library, UUID caseId) {
        String url = tickets.ticket(library, caseId).surveyUrl();
        return url.substring(url.indexOf("kasus=") + "kasus=".length());
    }

    private static Map<String, String> formOf(String token) {
        Map<String, String> form = new java.util.HashMap<>();
        form.put("caseToken", token);
        for (int i = 0; i < 9; i++) {
            form.put("answers[" + i + "]", "4");
        }
        form.put("age", "30");
        form.put("sex", "MALE");
        form.put("education", "SMA");
        form.put("occupation", "SWASTA");
        return form;
    }
}
