package id.serambi.libraries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The five libraries ship configured exactly as their published documents say (../shared/seeds). */
@IntegrationTest
class SeedStandardsIT {

    @LocalServerPort
    int port;

    @Test
    void lebakMembershipCardTakesSixStepsOfTwentyFourMinutes() {
        JsonNode kta = service("lebak", "kta");

        assertThat(stepSeconds(kta)).containsExactly(60, 300, 300, 300, 300, 180);
        assertThat(kta.get("completionTime").get("value").asInt()).isEqualTo(24);
        assertThat(kta.get("completionTime").get("unit").asString()).isEqualTo("MINUTES");
        assertThat(kta.get("fee").asString()).isEqualTo("Tidak dipungut biaya");
    }

    @Test
    void lebakMemoBoxComplaintHasAnAsNeededStepForTheKabid() {
        JsonNode complaints = service("lebak", "pengaduan");

        assertThat(stepSeconds(complaints)).containsExactly(60, 300, 60, 300, 60, null, 120, 60);
        JsonNode answer = complaints.get("steps").get(5);
        assertThat(answer.get("actor").asString()).contains("Kepala Bidang");
    }

    @Test
    void jawaTengahRegistrationKeepsItsSecondsAsWritten() {
        JsonNode kta = service("jateng", "kta");

        assertThat(stepSeconds(kta)).containsExactly(10, 300, 300, 60, 120, 30, 10);
        assertThat(kta.get("completionTime").get("value").asInt()).isEqualTo(14);
        assertThat(channels(kta)).containsExactly("PHONE", "SMS", "EMAIL");
    }

    @Test
    void baritoUtaraPromisesOneWorkingDayWithoutStepTimes() {
        JsonNode kta = service("barut", "kta");

        assertThat(kta.get("completionTime").get("value").asInt()).isEqualTo(1);
        assertThat(kta.get("completionTime").get("unit").asString()).isEqualTo("WORKING_DAYS");
        assertThat(kta.get("completionTime").get("text").asString()).isEqualTo("1 (satu) hari kerja");
        assertThat(kta.get("steps")).hasSize(6);
        assertThat(channels(kta)).containsExactly("SUGGESTION_BOX", "WEBSITE", "EMAIL", "FACEBOOK", "INSTAGRAM");
    }

    @Test
    void sidoarjoDeskStepsDoNotAddUpToItsStatedTimeAndTheLibraryIsWarned() {
        JsonNode body = Api.on(port).get("/api/v1/libraries/sidoarjo/service-standards").json();
        JsonNode desk = find(body.get("services"), "kta");

        assertThat(stepSeconds(desk)).startsWith(600, 60, 180, 180, 300, 120, 60, 60);
        assertThat(desk.get("completionTime").get("value").asInt()).isEqualTo(10);
        assertThat(desk.get("stepsMatchCompletionTime").asBoolean()).isFalse();
        assertThat(body.get("warnings").toString()).contains(desk.get("name").asString());
        assertThat(find(body.get("services"), "kta-online").get("steps")).hasSize(5);
    }

    @Test
    void banyuwangiInternetServiceNeedsTheCardAndLeavesUseAsNeeded() {
        JsonNode internet = service("banyuwangi", "internet");

        assertThat(stepSeconds(internet)).containsExactly(60, null, 300);
        assertThat(internet.get("requirements").toString()).contains("KTA");
        assertThat(channels(internet)).contains("WEBSITE", "TWITTER", "INSTAGRAM", "PHONE");
    }

    private JsonNode service(String library, String code) {
        JsonNode body = Api.on(port).get("/api/v1/libraries/" + library + "/service-standards").json();
        return find(body.get("services"), code);
    }

    private static JsonNode find(JsonNode services, String code) {
        List<String> codes = new ArrayList<>();
        for (JsonNode service : services) {
            codes.add(service.get("code").asString());
            if (code.equals(service.get("code").asString())) {
                return service;
            }
        }
        throw new AssertionError("no service " + code + " among " + codes);
    }

    private static List<Integer> stepSeconds(JsonNode service) {
        List<Integer> seconds = new ArrayList<>();
        service.get("steps").forEach(step -> seconds.add(
                step.get("standardSeconds").isNull() ? null : step.get("standardSeconds").asInt()));
        return seconds;
    }

    private static List<String> channels(JsonNode service) {
        List<String> channels = new ArrayList<>();
        service.get("complaintChannels").forEach(c -> channels.add(c.get("channel").asString()));
        return channels;
    }
}
