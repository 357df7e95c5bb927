package id.serambi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.support.IntegrationTest;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;

/** A form post over the server's 2 MB, and where a session id or form token could end up in an address. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OversizedFormIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String OVER_TWO_MB = "channel=WEBSITE&text=" + "a".repeat(2_500_000);

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Test
    void aFormPostOverTwoMegabytesGetsAFriendly413InTheReadersLanguageLoggedWithItsPath(CapturedOutput output)
            throws Exception {
        HttpResponse<String> indonesian = post("/l/sidoarjo/pengaduan", null);
        HttpResponse<String> english = post("/l/sidoarjo/pengaduan", "serambi-lang=en");

        assertThat(indonesian.statusCode()).isEqualTo(413);
        assertThat(indonesian.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(indonesian.body()).contains("Kiriman terlalu besar untuk diterima").doesNotContain("Exception")
                .doesNotContainIgnoringCase("jsessionid");
        assertThat(english.statusCode()).isEqualTo(413);
        assertThat(english.body()).contains("What you sent is too large to accept");
        assertThat(output.getOut()).contains("POST /l/sidoarjo/pengaduan").doesNotContain("GET /error")
                .doesNotContain("InvalidParameterException");
    }

    @Test
    void anApiFormPostOverTwoMegabytesGetsAProblemWithItsCode() throws Exception {
        HttpResponse<String> response = post("/api/v1/libraries/sidoarjo/complaints", null);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"")
                .contains("/api/v1/libraries/sidoarjo/complaints");
    }

    @Test
    void sessionsAreTrackedByCookieOnlySoNoPageCanPutTheirIdInALink() {
        // Pages through the security filters never rewrite links; the error page of a failure in a filter did.
        assertThat(servletContext.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
    }

    @Test
    void aFirstVisitGetsNoSessionIdInAnyLink() throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> redirected = HTTP.send(HttpRequest.newBuilder(URI.create(url("/app/sidoarjo")))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Set-Cookie").orElse("")).contains("SERAMBI_SESSION=");
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
        assertThat(redirected.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
    }

    private HttpResponse<String> post(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(OVER_TWO_MB));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
