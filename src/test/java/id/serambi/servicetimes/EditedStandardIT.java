package id.serambi.servicetimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.cases.StepReached;
import id.serambi.cases.SubjectKind;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.LibraryService;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lebak's card standard is edited while cases run: the step staff tick (step 2, five minutes) is moved after the form,
 * renamed and given three hours. A case ticked before the edit stays with that step and is judged against the five
 * minutes it was opened under; a case opened after it is judged against the three hours.
 */
@IntegrationTest
class EditedStandardIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String RENAMED = "Petugas mempersilahkan pemustaka menginput identitas (diubah)";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    LibraryService libraries;

    @Test
    void aMovedAndRenamedStepKeepsItsOldCasesAndEachCaseIsJudgedAgainstTheVersionItWasOpenedUnder() {
        Api admin = Api.on(port).asAdmin();
        ObjectNode original = kta();
        String before = "edit-before-" + UUID.randomUUID();
        String after = "edit-after-" + UUID.randomUUID();
        Instant twoHoursAgo = Instant.now().minusSeconds(7200);
        try {
            requirementsChecked(before, twoHoursAgo);
            assertThat(admin.post("/api/v1/libraries/lebak/service-steps",
                    Map.of("service", "kta", "caseRef", before, "step", 2)).status()).isEqualTo(201);

            Api.Response edited = admin.put("/api/v1/libraries/lebak/service-standards/kta", "application/json",
                    JSON.writeValueAsBytes(movedRenamedAndSlower(original)));
            assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

            requirementsChecked(after, twoHoursAgo);
            assertThat(admin.post("/api/v1/libraries/lebak/service-steps",
                    Map.of("service", "kta", "caseRef", after, "step", 3)).status()).isEqualTo(201);

            JsonNode ticked = step(admin, RENAMED);
            assertThat(ticked.get("order").asInt()).isEqualTo(3);
            assertThat(ticked.get("standardSeconds").asInt()).isEqualTo(10_800);
            List<String> breaches = new ArrayList<>();
            ticked.get("breaches").forEach(b -> breaches.add(b.get("caseRef").asString() + "/"
                    + b.get("standardSeconds").asInt()));
            assertThat(breaches).as("ticked before the edit, judged against its five minutes").contains(before + "/300")
                    .as("opened after the edit, within its three hours").noneMatch(b -> b.startsWith(after));
            assertThat(step(admin, "Melakukan proses input identitas ke dalam aplikasi").get("breaches").toString())
                    .as("the form step now in position 2 does not inherit the old tick").doesNotContain(before);
        } finally {
            Api.Response restored = admin.put("/api/v1/libraries/lebak/service-standards/kta", "application/json",
                    JSON.writeValueAsBytes(original));
            assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        }
    }

    private ObjectNode kta() {
        for (JsonNode service : Api.on(port).get("/api/v1/libraries/lebak/service-standards").json().get("services")) {
            if ("kta".equals(service.get("code").asString())) {
                return (ObjectNode) service.deepCopy();
            }
        }
        throw new AssertionError("no kta at lebak");
    }

    /** Steps 2 and 3 swap places; the ticked step is renamed and given three hours (the completion time follows). */
    private static ObjectNode movedRenamedAndSlower(ObjectNode original) {
        ObjectNode edited = original.deepCopy();
        ArrayNode steps = (ArrayNode) edited.get("steps");
        ObjectNode ticked = (ObjectNode) steps.get(1);
        ObjectNode form = (ObjectNode) steps.get(2);
        ticked.put("order", 3).put("description", RENAMED).put("standardSeconds", 10_800).put("timeText", "3 jam");
        form.put("order", 2);
        ((ObjectNode) edited.get("completionTime")).put("value", 24 + 175).put("text", "199 Menit");
        return edited;
    }

    private JsonNode step(Api api, String description) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        JsonNode report = api.get("/api/v1/libraries/lebak/service-times?from=" + today.minusDays(1) + "&to=" + today)
                .json();
        for (JsonNode service : report.get("services")) {
            for (JsonNode step : service.get("steps")) {
                if ("kta".equals(service.get("code").asString()) && description.equals(step.get("description")
                        .asString())) {
                    return step;
                }
            }
        }
        throw new AssertionError("no step '" + description + "' in " + report);
    }

    private void requirementsChecked(String member, Instant at) {
        transaction.executeWithoutResult(s -> events.publishEvent(new StepReached(libraries.require("lebak").id(),
                SubjectKind.MEMBER, member, "DESK", Checkpoint.REQUIREMENTS_CHECKED, at, null)));
    }
}
