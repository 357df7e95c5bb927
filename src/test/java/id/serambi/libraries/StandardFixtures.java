package id.serambi.libraries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import id.serambi.support.Api;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes seed standards through the API for tests, and puts them back as they were. */
final class StandardFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private StandardFixtures() {
    }

    /** One service as the public GET shows it (a copy the test may change). */
    static ObjectNode service(int port, String library, String code) {
        JsonNode body = Api.on(port).get("/api/v1/libraries/" + library + "/service-standards").json();
        for (JsonNode service : body.get("services")) {
            if (code.equals(service.get("code").asString())) {
                return (ObjectNode) service.deepCopy();
            }
        }
        throw new AssertionError("no service " + code + " in " + library);
    }

    static Api.Response put(Api api, String path, Object body) {
        return api.put(path, "application/json", JSON.writeValueAsBytes(body));
    }

    /** Saves the standard back as the administrator (for finally blocks). */
    static void restore(int port, String library, ObjectNode original) {
        Api.Response response = put(Api.on(port).asAdmin(), "/api/v1/libraries/" + library + "/service-standards/"
                + original.get("code").asString(), original);
        if (response.status() != 200) {
            throw new AssertionError("could not restore " + library + ": " + response);
        }
    }

    static List<Integer> stepSeconds(JsonNode service) {
        List<Integer> seconds = new ArrayList<>();
        service.get("steps").forEach(step -> seconds.add(step.get("standardSeconds").isNull() ? null
                : step.get("standardSeconds").asInt()));
        return seconds;
    }

    /** DELETE, which the shared {@link Api} client does not offer. */
    static int delete(int port, String username, String path) {
        String token = Base64.getEncoder().encodeToString((username + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE()
                .header("Authorization", "Basic " + token).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
