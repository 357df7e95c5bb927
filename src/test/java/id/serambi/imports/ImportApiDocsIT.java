package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;

/** The OpenAPI description of the import API: the file as the body, the mapping options, no bogus parameter. */
@IntegrationTest
class ImportApiDocsIT {

    @LocalServerPort
    int port;

    @Test
    void describesTheFileBodyAndTheMappingOptionsAndNoLibraryParameter() {
        JsonNode post = Api.on(port).asAdmin().get("/v3/api-docs").json().get("paths")
                .get("/api/v1/libraries/{lib}/imports").get("post");
        assertThat(post.get("requestBody").get("content").has("text/csv")).as(post.toString()).isTrue();
        List<String> names = new ArrayList<>();
        post.get("parameters").forEach(p -> names.add(p.get("name").asString()));
        assertThat(names).contains("lib", "preset", "defaultCategory", "encoding", "col.FULL_NAME", "type.1")
                .doesNotContain("library", "params", "body");
        List<String> run = new ArrayList<>();
        Api.on(port).asAdmin().get("/v3/api-docs").json().get("paths").get("/api/v1/libraries/{lib}/imports/{id}")
                .get("get").get("parameters").forEach(p -> run.add(p.get("name").asString()));
        assertThat(run).containsExactlyInAnyOrder("lib", "id");
    }
}
