package id.serambi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.support.IntegrationTest;

/** Cookies over HTTPS behind a TLS reverse proxy (X-Forwarded-Proto) and the staff session's idle timeout. */
@IntegrationTest
class SessionCookieIT {

    @LocalServerPort
    int port;

    @Value("${server.servlet.session.timeout}")
    Duration sessionTimeout;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void behindATlsProxyTheSessionAndLanguageCookiesAreSecureHttpOnlyAndSameSite() throws Exception {
        List<String> cookies = cookies("/login?lang=en", "https");

        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("SERAMBI_SESSION=").contains("; Secure")
                .contains("; HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("serambi-lang=").contains("; Secure")
                .contains("HttpOnly"));
    }

    @Test
    void overPlainHttpTheCookiesAreNotMarkedSecureSoTheQuickStartWorks() throws Exception {
        List<String> cookies = cookies("/login?lang=en", null);

        assertThat(cookies).isNotEmpty().allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("SERAMBI_SESSION=").contains("HttpOnly"));
    }

    @Test
    void staffSessionsExpireAfterHalfAnHourIdleByDefault() {
        assertThat(sessionTimeout).isEqualTo(Duration.ofMinutes(30));
    }

    private List<String> cookies(String path, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().allValues("Set-Cookie");
    }
}
