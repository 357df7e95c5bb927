package id.serambi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;

/**
 * A browser's stored HTTP Basic credentials must not carry a page elsewhere into state-changing API calls: no Basic
 * challenge to a browser navigation, and API writes of a form type need a header that another site cannot send.
 */
@IntegrationTest
class ApiCrossSiteIT {

    /** A renewal of a card that does not exist: 404 once the request reaches the controller. */
    private static final String RENEWAL = "/api/v1/libraries/lebak/members/LBK-TIDAK-ADA/renewal";

    @LocalServerPort
    int port;

    @Test
    void refusesAFormPostFromAnotherSiteWithTheBrowsersStoredCredentials() {
        Api.Response refused = Api.on(port).asAdmin().with("Sec-Fetch-Site", "cross-site").with("Origin",
                "https://elsewhere.example").postBytes(RENEWAL, "application/x-www-form-urlencoded", bytes("a=1"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("CROSS_SITE_WRITE");
    }

    @Test
    void refusesFormTypedWritesWithoutACustomHeaderEvenWhenTheBrowserSaysNothing() {
        for (String type : new String[] {"text/plain", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded"}) {
            Api.Response refused = Api.on(port).asAdmin().postBytes(RENEWAL, type, bytes("{}"));
            assertThat(refused.status()).as(type).isEqualTo(403);
        }
    }

    @Test
    void letsScriptsAndSerambisOwnPagesWrite() {
        assertThat(Api.on(port).asAdmin().post(RENEWAL, "").status()).as("JSON").isEqualTo(404);
        assertThat(Api.on(port).asAdmin().with("X-Requested-With", "curl")
                .postBytes(RENEWAL, "text/plain", bytes("{}")).status()).as("custom header").isEqualTo(404);
        assertThat(Api.on(port).asAdmin().with("Sec-Fetch-Site", "same-origin")
                .postBytes(RENEWAL, "multipart/form-data; boundary=x", bytes("--x--")).status()).as("same origin")
                .isNotEqualTo(403);
    }

    @Test
    void doesNotAskABrowserNavigationForBasicCredentials() {
        Api.Response navigation = Api.on(port).with("Accept", "text/html,application/xhtml+xml")
                .with("Sec-Fetch-Mode", "navigate").get("/api/v1/libraries/lebak/staff");
        Api.Response script = Api.on(port).get("/api/v1/libraries/lebak/staff");

        assertThat(navigation.status()).isEqualTo(401);
        assertThat(navigation.header("WWW-Authenticate")).isNull();
        assertThat(script.status()).isEqualTo(401);
        assertThat(script.header("WWW-Authenticate")).startsWith("Basic");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
