package id.serambi.libraries;

import static id.serambi.libraries.StandardFixtures.put;
import static id.serambi.libraries.StandardFixtures.restore;
import static id.serambi.libraries.StandardFixtures.service;
import static id.serambi.libraries.StandardFixtures.stepSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class StandardEditingApiIT {

    static final String LEBAK_KTA = "/api/v1/libraries/lebak/service-standards/kta";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Test
    void aKabidChangesAStepTimeAndThePublishedStandardAndItsWarningFollow() {
        ObjectNode original = service(port, "lebak", "kta");
        String kabid = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KABID);
        ObjectNode edited = original.deepCopy();
        ObjectNode second = (ObjectNode) edited.get("steps").get(1);
        second.put("standardSeconds", 420);
        second.put("timeText", "7 menit");
        try {
            Api.Response saved = put(Api.on(port).as(kabid, TestUsers.PASSWORD), LEBAK_KTA, edited);

            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            assertThat(stepSeconds(saved.json())).containsExactly(60, 420, 300, 300, 300, 180);
            assertThat(saved.json().get("updatedBy").asString()).contains(kabid);
            JsonNode published = Api.on(port).get("/api/v1/libraries/lebak/service-standards").json();
            JsonNode kta = LibraryApiIT.find(published.get("services"), "kta");
            assertThat(stepSeconds(kta)).containsExactly(60, 420, 300, 300, 300, 180);
            assertThat(kta.get("stepsMatchCompletionTime").asBoolean()).isFalse();
            assertThat(published.get("warnings").toString()).contains(kta.get("name").asString()).contains("26");
        } finally {
            restore(port, "lebak", original);
        }
        JsonNode restored = service(port, "lebak", "kta");
        assertThat(stepSeconds(restored)).containsExactly(60, 300, 300, 300, 300, 180);
        assertThat(restored.get("requirementDetails")).isEqualTo(original.get("requirementDetails"));
        assertThat(restored.get("steps")).isEqualTo(original.get("steps"));
    }

    @Test
    void aPetugasMayReadButNotEditTheStandard() {
        Api.Response refused = lebakKtaSavedBy("lebak", Role.PETUGAS);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void anotherLibrarysKabidMayNotEditLebak() {
        Api.Response refused = lebakKtaSavedBy("jateng", Role.KABID);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("FORBIDDEN_LIBRARY");
    }

    private Api.Response lebakKtaSavedBy(String library, Role role) {
        String username = StaffFixtures.aStaffMember(accounts, libraries, library, role);
        return put(Api.on(port).as(username, TestUsers.PASSWORD), LEBAK_KTA, service(port, "lebak", "kta"));
    }

    @Test
    void aFixedStepWithoutSecondsIsRefusedFieldByFieldInBothLanguagesAndNothingIsWritten() {
        ObjectNode original = service(port, "lebak", "kta");
        ObjectNode edited = original.deepCopy();
        edited.put("name", "Diubah tetapi tidak tersimpan");
        ((ObjectNode) edited.get("steps").get(1)).putNull("standardSeconds");
        Api admin = Api.on(port).asAdmin();

        Api.Response indonesian = put(admin, LEBAK_KTA, edited);
        Api.Response english = put(admin.in("en"), LEBAK_KTA, edited);

        assertThat(indonesian.status()).isEqualTo(400);
        assertThat(indonesian.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        JsonNode error = indonesian.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("steps[1].standardSeconds");
        assertThat(error.get("message").asString()).contains("menit");
        assertThat(english.json().get("errors").get(0).get("message").asString()).contains("minutes");
        assertThat(service(port, "lebak", "kta")).isEqualTo(original);
    }

    @Test
    void aStepWithoutActorOrDescriptionAndAZeroCompletionTimeAreEachNamed() {
        ObjectNode edited = service(port, "lebak", "kta");
        ObjectNode first = (ObjectNode) edited.get("steps").get(0);
        first.put("actor", " ");
        first.putNull("description");
        ((ObjectNode) edited.get("completionTime")).put("value", 0);

        Api.Response refused = put(Api.on(port).asAdmin(), LEBAK_KTA, edited);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").toString()).contains("steps[0].actor")
                .contains("steps[0].description").contains("completionTime.value");
    }

    @Test
    void anUnknownServiceOrLibraryIsNotFound() {
        ObjectNode body = service(port, "lebak", "kta");

        assertThat(put(Api.on(port).asAdmin(), "/api/v1/libraries/lebak/service-standards/nope", body).status())
                .isEqualTo(404);
        assertThat(put(Api.on(port).asAdmin(), "/api/v1/libraries/atlantis/service-standards/kta", body).status())
                .isEqualTo(404);
    }
}
