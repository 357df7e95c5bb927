package id.serambi.libraries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class LibraryApiIT {

    @LocalServerPort
    int port;

    @Test
    void listsTheFiveSeedLibrariesWithTheirTimeZones() {
        Api.Response response = Api.on(port).get("/api/v1/libraries");

        assertThat(response.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        response.json().forEach(library -> codes.add(library.get("code").asString()));
        assertThat(codes).contains("lebak", "jateng", "barut", "sidoarjo", "banyuwangi");
        JsonNode barut = find(response.json(), "barut");
        assertThat(barut.get("timezone").asString()).isEqualTo("Asia/Pontianak");
        assertThat(barut.get("name").asString()).contains("Barito Utara");
    }

    @Test
    void publishesServiceHoursPerWeekdayAsHoursAndMinutes() {
        JsonNode body = Api.on(port).get("/api/v1/libraries/barut/service-standards").json();

        JsonNode hours = body.get("serviceHours");
        assertThat(hours.get("MONDAY").get("open").asString()).isEqualTo("07:00");
        assertThat(hours.get("MONDAY").get("close").asString()).isEqualTo("15:30");
        assertThat(hours.get("FRIDAY").get("open").asString()).isEqualTo("07:30");
        assertThat(hours.get("FRIDAY").get("close").asString()).isEqualTo("16:00");
        assertThat(hours.get("SATURDAY").get("close").asString()).isEqualTo("12:00");
        assertThat(hours.get("SUNDAY").isNull()).isTrue();
    }

    @Test
    void answersAnUnknownLibraryWithProblemDetailsInTheRequestedLanguage() {
        Api.Response indonesian = Api.on(port).get("/api/v1/libraries/atlantis/service-standards");
        Api.Response english = Api.on(port).in("en").get("/api/v1/libraries/atlantis/service-standards");

        assertThat(indonesian.status()).isEqualTo(404);
        assertThat(indonesian.contentType()).startsWith("application/problem+json");
        assertThat(indonesian.json().get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(indonesian.json().get("status").asInt()).isEqualTo(404);
        assertThat(english.json().get("detail").asString()).isNotEqualTo(indonesian.json().get("detail").asString());
        assertThat(english.json().get("detail").asString()).contains("atlantis");
    }

    @Test
    void listsBaritoUtarasPatronCategoriesWithTheirDocuments() {
        JsonNode categories = Api.on(port).get("/api/v1/libraries/barut/member-categories").json();

        List<String> codes = new ArrayList<>();
        categories.forEach(category -> codes.add(category.get("code").asString()));
        assertThat(codes).containsExactly("paud-tk", "pelajar", "mahasiswa", "pegawai", "umum");
        JsonNode students = find(categories, "mahasiswa");
        assertThat(students.get("requiredDocuments").toString()).contains("KTM");
        assertThat(students.get("eligibility").isNull()).isFalse();
    }

    static JsonNode find(JsonNode array, String code) {
        for (JsonNode node : array) {
            if (code.equals(node.get("code").asString())) {
                return node;
            }
        }
        throw new AssertionError("no " + code + " in " + array);
    }
}
